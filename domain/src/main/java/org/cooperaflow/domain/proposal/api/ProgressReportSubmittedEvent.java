package org.cooperaflow.domain.proposal.api;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Money;

/** A project submitted the progress report of a reporting period. */
@Revision("1")
public record ProgressReportSubmittedEvent(
        String proposalId,
        String period,
        Money expenditure,
        List<IndicatorValue> indicatorValues,
        boolean finalReport) implements ProposalEvent {

    public ProgressReportSubmittedEvent {
        indicatorValues = indicatorValues == null ? List.of() : List.copyOf(indicatorValues);
    }
}
