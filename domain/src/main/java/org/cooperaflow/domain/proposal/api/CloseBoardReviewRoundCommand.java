package org.cooperaflow.domain.proposal.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End the current Board review round without waiting for the votes still missing (the deadline passed):
 * {@code reviewers} are the members the round asked to review, so the event can name those who did not vote.
 */
public record CloseBoardReviewRoundCommand(@TargetAggregateIdentifier String proposalId, String reason,
                                           List<String> reviewers) {

    public CloseBoardReviewRoundCommand {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}
