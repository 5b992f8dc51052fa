package org.cooperaflow.projections.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;

/**
 * A proposal from its approval on, as the IATI export publishes it: its details, stage and dates, the money committed
 * to it and spent, and the indicator values of its accepted progress reports.
 */
public record IatiActivity(
        String proposalId,
        String title,
        String summary,
        Proposer proposer,
        CidiPriority priority,
        String accountId,
        Integer durationMonths,
        ProposalStage stage,
        LocalDate approvedOn,
        Money approvedAmount,
        LocalDate startedOn,
        LocalDate closedOn,
        Instant updatedAt,
        List<Partner> partners,
        List<Integer> sdgs,
        List<Indicator> indicators,
        List<Transaction> transactions,
        List<AcceptedReport> reports) {

    /**
     * A commitment (an allocation, with the contributor whose money it is) or a disbursement (the expenditure an
     * accepted progress report declared).
     */
    public record Transaction(String kind, LocalDate date, Money amount, Contributor funder) {
    }

    /** A progress report the secretariat accepted, with the value each indicator reached. */
    public record AcceptedReport(String period, LocalDate submittedOn, LocalDate acceptedOn,
                                 Map<String, BigDecimal> values) {
    }
}
