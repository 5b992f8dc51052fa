package org.cooperaflow.projections.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.batch.BatchStatements;
import org.cooperaflow.projections.batch.KeyList;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress reports ({@code iati_report}, {@code iati_report_value}) of one batch of the {@code iati} read model:
 * the reports of the proposals whose reports the batch submits or accepts, read in one query when the batch opens,
 * and the reports it changed written back at its end. A report submitted again for a period whose report is not
 * accepted replaces it, values and all; an accepted report stays.
 */
final class IatiReports {

    private final JdbcTemplate jdbc;
    private final Map<Key, Report> reports = new HashMap<>();
    private final Set<Key> changed = new LinkedHashSet<>();

    IatiReports(JdbcTemplate jdbc, ProjectionBatch.BatchEvents events) {
        this.jdbc = jdbc;
        Set<String> ids = new LinkedHashSet<>();
        events.messages().forEach(m -> {
            if (m instanceof DomainEventMessage<?> domain && (m.getPayloadType() == ProgressReportSubmittedEvent.class
                    || m.getPayloadType() == ProgressReportAcceptedEvent.class)) {
                ids.add(domain.getAggregateIdentifier());
            }
        });
        if (!ids.isEmpty()) {
            jdbc.query(KeyList.statement("""
                    SELECT proposal_id, period, submitted_on, expenditure_amount, expenditure_currency, accepted_on
                    FROM iati_report WHERE proposal_id = ANY(?)""", ids), rs -> {
                String currency = rs.getString(5);
                reports.put(new Key(rs.getString(1), rs.getString(2)), new Report(rs.getDate(3), rs.getBigDecimal(4),
                        currency == null ? null : currency.trim(), rs.getDate(6), null, true));
            });
        }
    }

    /** The report of its period, unless that period's report is accepted already. */
    void submitted(ProgressReportSubmittedEvent report, Date on) {
        Key key = new Key(report.proposalId(), report.period());
        Report was = reports.get(key);
        if (was != null && was.acceptedOn() != null) {
            return;
        }
        Money spent = report.expenditure();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (IndicatorValue value : report.indicatorValues()) {
            values.put(value.name(), value.value());
        }
        // the amount as its column keeps it, so that a disbursement follows what the table holds
        reports.put(key, new Report(on, spent == null ? null : spent.amount().setScale(2, RoundingMode.HALF_UP),
                spent == null ? null : spent.currency(), null, values, was != null && was.stored()));
        changed.add(key);
    }

    /** Accepts the period's report; its expenditure, when it spent any, which the fund disburses. */
    Optional<Money> accepted(ProgressReportAcceptedEvent accepted, Date on) {
        Key key = new Key(accepted.proposalId(), accepted.period());
        Report report = reports.get(key);
        if (report == null) {
            return Optional.empty();
        }
        if (report.acceptedOn() == null) {
            reports.put(key, report.acceptedOn(on));
            changed.add(key);
        }
        return report.amount() != null && report.amount().signum() > 0
                ? Optional.of(new Money(report.amount(), report.currency())) : Optional.empty();
    }

    void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<Object[]> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (Key key : changed) {
            Report r = reports.get(key);
            if (r.values() != null && r.stored()) {
                replaced.add(new Object[] {key.proposalId(), key.period()});
            }
            rows.add(new Object[] {key.proposalId(), key.period(), r.submittedOn(), r.amount(), r.currency(),
                    r.acceptedOn()});
            if (r.values() != null) {
                r.values().forEach((name, value) -> values.add(new Object[] {key.proposalId(), key.period(), name,
                        value}));
            }
            reports.put(key, new Report(r.submittedOn(), r.amount(), r.currency(), r.acceptedOn(), null, true));
        }
        if (!replaced.isEmpty()) {
            BatchStatements.update(jdbc, "DELETE FROM iati_report_value WHERE proposal_id = ? AND period = ?",
                    replaced);
        }
        BatchStatements.update(jdbc, """
                INSERT INTO iati_report (proposal_id, period, submitted_on, expenditure_amount, expenditure_currency,
                    accepted_on) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (proposal_id, period) DO UPDATE SET submitted_on = EXCLUDED.submitted_on,
                    expenditure_amount = EXCLUDED.expenditure_amount,
                    expenditure_currency = EXCLUDED.expenditure_currency, accepted_on = EXCLUDED.accepted_on""", rows);
        if (!values.isEmpty()) {
            BatchStatements.update(jdbc, "INSERT INTO iati_report_value (proposal_id, period, indicator, value)"
                    + " VALUES (?, ?, ?, ?)", values);
        }
        changed.clear();
    }

    private record Key(String proposalId, String period) {
    }

    /**
     * A report as its row holds it; {@code values} are its indicator values when the batch replaced them (else null),
     * {@code stored} whether the table may hold it already.
     */
    private record Report(Date submittedOn, BigDecimal amount, String currency, Date acceptedOn,
                          Map<String, BigDecimal> values, boolean stored) {

        Report acceptedOn(Date on) {
            return new Report(submittedOn, amount, currency, on, values, stored);
        }
    }
}
