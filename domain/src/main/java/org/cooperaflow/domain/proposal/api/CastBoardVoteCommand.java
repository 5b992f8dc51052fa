package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cast the acting Board member's vote in the current review round (score 1-5 for APPROVE or REJECT). Who votes, and
 * for which state, is the signed-in member (the audit metadata), never a field a caller fills.
 */
public record CastBoardVoteCommand(
        @TargetAggregateIdentifier String proposalId,
        BoardVote vote,
        Integer score) {

    public CastBoardVoteCommand {
        Objects.requireNonNull(vote, "vote is required");
    }
}
