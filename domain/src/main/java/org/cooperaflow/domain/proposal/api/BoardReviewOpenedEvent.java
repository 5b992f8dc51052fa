package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A Board review round of a proposal opened; every Board member may vote once in it. */
@Revision("1")
public record BoardReviewOpenedEvent(String proposalId, int round) implements ProposalEvent {
}
