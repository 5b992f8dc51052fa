package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A proposal returned for revision was resubmitted. */
@Revision("1")
public record ProposalResubmittedEvent(String proposalId) implements ProposalEvent {
}
