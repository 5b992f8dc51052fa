package org.cooperaflow.domain.proposal.api;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the manager that the progress report of a reporting period was not submitted by its due date. */
public record EscalateOverdueReportCommand(@TargetAggregateIdentifier String proposalId, LocalDate dueDate) {

    public EscalateOverdueReportCommand {
        Objects.requireNonNull(dueDate, "dueDate is required");
    }
}
