package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A proposal was withdrawn, by its proposer or because it was left unrevised. */
@Revision("1")
public record ProposalWithdrawnEvent(String proposalId) implements ProposalEvent {
}
