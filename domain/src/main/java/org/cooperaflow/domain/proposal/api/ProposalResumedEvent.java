package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.proposal.ProposalStage;

/** A suspended project resumed in the stage where it had been suspended. */
@Revision("1")
public record ProposalResumedEvent(String proposalId, ProposalStage resumedStage) implements ProposalEvent {
}
