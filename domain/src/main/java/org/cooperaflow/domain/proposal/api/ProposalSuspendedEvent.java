package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A project was suspended in the stage it had reached. */
@Revision("1")
public record ProposalSuspendedEvent(String proposalId, ProposalStage suspendedStage) implements ProposalEvent {
}
