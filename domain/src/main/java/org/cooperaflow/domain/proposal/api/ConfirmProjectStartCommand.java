package org.cooperaflow.domain.proposal.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirm that a funded project has started, on the given date. */
public record ConfirmProjectStartCommand(@TargetAggregateIdentifier String proposalId, LocalDate startDate) {

    public ConfirmProjectStartCommand {
        Objects.requireNonNull(startDate, "startDate is required");
    }
}
