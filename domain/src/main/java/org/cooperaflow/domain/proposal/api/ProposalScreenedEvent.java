package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The secretariat found a proposal complete (on to eligibility) or incomplete (back to the proposer). */
@Revision("1")
public record ProposalScreenedEvent(String proposalId, ScreeningOutcome outcome) implements ProposalEvent {
}
