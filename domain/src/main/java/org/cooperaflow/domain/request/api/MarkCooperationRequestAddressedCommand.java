package org.cooperaflow.domain.request.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a proposal addresses a published need. */
public record MarkCooperationRequestAddressedCommand(@TargetAggregateIdentifier String requestId, String proposalId) {

    public MarkCooperationRequestAddressedCommand {
        Objects.requireNonNull(proposalId, "proposalId is required");
    }
}
