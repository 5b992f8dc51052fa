package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The secretariat asked for changes to a progress report, which is to be submitted again. */
@Revision("1")
public record ProgressReportChangesRequestedEvent(String proposalId, String period) implements ProposalEvent {
}
