package org.cooperaflow.domain.request.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decline to publish a request, saying why. */
public record RejectCooperationRequestCommand(
        @TargetAggregateIdentifier String requestId,
        RequestRejectionReason reason) {

    public RejectCooperationRequestCommand {
        Objects.requireNonNull(reason, "reason is required");
    }
}
