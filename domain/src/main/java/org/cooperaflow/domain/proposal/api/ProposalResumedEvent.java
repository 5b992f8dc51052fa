package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A suspended project resumed in the stage where it had been suspended. */
@Revision("1")
public record ProposalResumedEvent(String proposalId, ProposalStage resumedStage) implements ProposalEvent {
}
