package org.cooperaflow.domain.proposal.api;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/** Submit the progress report of a reporting period of a project in execution; the last one is final. */
public record SubmitProgressReportCommand(
        @TargetAggregateIdentifier String proposalId,
        String period,
        Money expenditure,
        List<IndicatorValue> indicatorValues,
        boolean finalReport) {

    public SubmitProgressReportCommand {
        Objects.requireNonNull(period, "period is required");
        Objects.requireNonNull(expenditure, "expenditure is required");
        indicatorValues = indicatorValues == null ? List.of() : List.copyOf(indicatorValues);
    }
}
