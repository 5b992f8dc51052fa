package org.cooperaflow.domain.proposal.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A funded project started; its execution and monitoring begin. */
@Revision("1")
public record ProjectStartedEvent(String proposalId, LocalDate startDate) implements ProposalEvent {
}
