package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cast the acting Board member's vote in the current review round (score 1-5 for APPROVE or REJECT). */
public record CastBoardVoteCommand(
        @TargetAggregateIdentifier String proposalId,
        BoardVote vote,
        Integer score,
        String voterMemberState) {

    public CastBoardVoteCommand {
        Objects.requireNonNull(vote, "vote is required");
    }
}
