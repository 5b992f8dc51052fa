package org.cooperaflow.domain.request.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a member state's cooperation request as a draft. */
public record DraftCooperationRequestCommand(
        @TargetAggregateIdentifier String requestId,
        CooperationRequestDetails details) {

    public DraftCooperationRequestCommand {
        Objects.requireNonNull(details, "details are required");
    }
}
