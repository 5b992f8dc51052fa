package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** What a draft or returned proposal says was replaced. */
@Revision("1")
public record ProposalDraftUpdatedEvent(String proposalId, ProposalDetails details) implements ProposalEvent {
}
