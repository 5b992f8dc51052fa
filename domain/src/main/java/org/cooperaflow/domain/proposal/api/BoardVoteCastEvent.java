package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A Board member voted on a proposal in a review round. */
@Revision("1")
public record BoardVoteCastEvent(
        String proposalId,
        int round,
        String voter,
        String voterMemberState,
        BoardVote vote,
        Integer score) implements ProposalEvent {
}
