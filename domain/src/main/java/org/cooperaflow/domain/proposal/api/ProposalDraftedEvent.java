package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A proposal was started as a draft. */
@Revision("1")
public record ProposalDraftedEvent(String proposalId, ProposalDetails details) implements ProposalEvent {
}
