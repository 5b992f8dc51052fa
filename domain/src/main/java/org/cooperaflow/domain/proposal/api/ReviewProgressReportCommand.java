package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept the progress report awaiting review, or ask for changes to it. */
public record ReviewProgressReportCommand(@TargetAggregateIdentifier String proposalId, ReportReview review) {

    public ReviewProgressReportCommand {
        Objects.requireNonNull(review, "review is required");
    }
}
