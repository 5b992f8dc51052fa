package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The Board sent a proposal back to its proposer for revision. */
@Revision("1")
public record ProposalReturnedForRevisionEvent(
        String proposalId,
        int round,
        String conditions) implements ProposalEvent {
}
