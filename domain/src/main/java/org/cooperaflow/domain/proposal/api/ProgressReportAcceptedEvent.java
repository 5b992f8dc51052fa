package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The secretariat accepted a progress report; an accepted final report opens the final evaluation. */
@Revision("1")
public record ProgressReportAcceptedEvent(
        String proposalId,
        String period,
        boolean finalReport) implements ProposalEvent {
}
