package org.cooperaflow.domain.proposal.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A progress report was not submitted by its due date; the manager was told. {@code period} counts the reports due so far. */
@Revision("1")
public record ProgressReportOverdueEvent(String proposalId, int period, LocalDate dueDate) implements ProposalEvent {
}
