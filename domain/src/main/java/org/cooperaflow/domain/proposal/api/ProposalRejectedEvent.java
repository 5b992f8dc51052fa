package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The Board rejected a proposal. */
@Revision("1")
public record ProposalRejectedEvent(String proposalId, int round, BoardTally tally) implements ProposalEvent {
}
