package org.cooperaflow.projections.iati;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the IATI export publishes: each proposal's details, stage and dates, its commitments (the allocations
 * to it) and disbursements (the expenditure of its accepted progress reports), its progress reports (expenditure
 * and indicator values, accepted or not yet), and the contributors and receipts of the fund. Rows are keyed by case and event sequence, so an event handled again writes nothing new.
 */
@Component
@ProcessingGroup(IatiProjection.PROCESSING_GROUP)
public class IatiProjection {

    public static final String PROCESSING_GROUP = "iati";

    /** {@code iati_transaction.kind} of an allocation to the proposal. */
    public static final String COMMITMENT = "COMMITMENT";
    /**
     * {@code iati_transaction.kind} of an accepted progress report's expenditure: what the fund disburses to the
     * project is what the project reports it spent.
     */
    public static final String DISBURSEMENT = "DISBURSEMENT";

    private final JdbcTemplate jdbc;

    public IatiProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContributionPledgedEvent event) {
        Contributor c = event.contributor();
        jdbc.update("""
                INSERT INTO iati_contribution (contribution_id, contributor_type, member_state, country, name)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (contribution_id) DO NOTHING""",
                event.contributionId(), c.type().name(), c.memberState(), c.country(), c.name());
    }

    @EventHandler
    void on(ContributionReceivedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO iati_receipt (contribution_id, sequence, received_on, usd_amount) VALUES (?, ?, ?, ?)
                ON CONFLICT (contribution_id, sequence) DO NOTHING""",
                event.contributionId(), sequence, Date.valueOf(event.receivedOn()), event.usdAmount().amount());
    }

    @EventHandler
    void on(ProposalEvent event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant time) {
        String id = event.proposalId();
        if (event instanceof ProposalDraftedEvent drafted) {
            jdbc.update("""
                    INSERT INTO iati_activity (proposal_id, title, proposer_type, proposer_state, stage, updated_at,
                        last_sequence) VALUES (?, '', '', '', 'DRAFT', ?, -1) ON CONFLICT (proposal_id) DO NOTHING""",
                    id, Timestamp.from(time));
            details(id, drafted.details(), sequence);
        } else if (event instanceof ProposalDraftUpdatedEvent updated) {
            details(id, updated.details(), sequence);
        } else if (event instanceof ProposalApprovedEvent approved) {
            update(id, sequence, time, "approved_on = ?, approved_amount = ?, approved_currency = ?",
                    date(time), approved.approvedAmount().amount(), approved.approvedAmount().currency());
        } else if (event instanceof ProjectStartedEvent started) {
            update(id, sequence, time, "started_on = ?", Date.valueOf(started.startDate()));
        } else if (event instanceof FinalEvaluationCompletedEvent) {
            update(id, sequence, time, "closed_on = ?", date(time));
        } else if (event instanceof FundsAllocatedToProposalEvent allocated) {
            transaction(id, sequence, COMMITMENT, date(time), allocated.amount(), allocated.contributionId());
        } else if (event instanceof ProgressReportSubmittedEvent report) {
            report(report, date(time));
        } else if (event instanceof ProgressReportAcceptedEvent accepted) {
            accepted(accepted, sequence, date(time));
        }
        ProposalStageTransitions.stageAfter(event).ifPresent(stage ->
                update(id, sequence, time, "stage = ?", stage.name()));
    }

    private void details(String id, ProposalDetails d, long sequence) {
        int changed = jdbc.update("""
                UPDATE iati_activity SET title = ?, summary = ?, proposer_type = ?, proposer_state = ?,
                    proposer_name = ?, priority = ?, account_id = ?, duration_months = ?, last_sequence = ?
                WHERE proposal_id = ? AND last_sequence < ?""",
                d.title(), d.summary(), d.proposer().type().name(), d.proposer().memberState(), d.proposer().name(),
                d.priority() == null ? null : d.priority().name(), d.accountId(), d.durationMonths(), sequence, id,
                sequence);
        if (changed == 0) {
            return;
        }
        jdbc.update("DELETE FROM iati_activity_partner WHERE proposal_id = ?", id);
        jdbc.update("DELETE FROM iati_activity_sdg WHERE proposal_id = ?", id);
        jdbc.update("DELETE FROM iati_activity_indicator WHERE proposal_id = ?", id);
        List<Partner> partners = d.partners();
        for (int i = 0; i < partners.size(); i++) {
            jdbc.update("INSERT INTO iati_activity_partner (proposal_id, position, member_state, role) VALUES (?, ?, ?, ?)",
                    id, i, partners.get(i).memberState(), partners.get(i).role().name());
        }
        for (Integer sdg : d.sdgs().stream().distinct().toList()) {
            jdbc.update("INSERT INTO iati_activity_sdg (proposal_id, sdg) VALUES (?, ?)", id, sdg);
        }
        List<Indicator> indicators = d.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            jdbc.update("""
                    INSERT INTO iati_activity_indicator (proposal_id, position, name, unit, baseline, target)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                    id, i, indicator.name(), indicator.unit(), indicator.baseline(), indicator.target());
        }
    }

    /** Sets columns of the proposal's row for an event not before the last one it took (one event may set several). */
    private void update(String id, long sequence, Instant time, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = Timestamp.from(time);
        arguments[values.length + 1] = sequence;
        arguments[values.length + 2] = id;
        arguments[values.length + 3] = sequence;
        jdbc.update("UPDATE iati_activity SET " + assignments + ", updated_at = ?, last_sequence = ?"
                + " WHERE proposal_id = ? AND last_sequence <= ?", arguments);
    }

    private void transaction(String id, long sequence, String kind, Date on, Money amount, String contributionId) {
        jdbc.update("""
                INSERT INTO iati_transaction (proposal_id, sequence, kind, transaction_date, amount, currency,
                    contribution_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (proposal_id, sequence) DO NOTHING""",
                id, sequence, kind, on, amount.amount(), amount.currency(), contributionId);
    }

    private void report(ProgressReportSubmittedEvent report, Date on) {
        String id = report.proposalId();
        Money spent = report.expenditure();
        jdbc.update("DELETE FROM iati_report WHERE proposal_id = ? AND period = ? AND accepted_on IS NULL",
                id, report.period());
        int inserted = jdbc.update("""
                INSERT INTO iati_report (proposal_id, period, submitted_on, expenditure_amount, expenditure_currency)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (proposal_id, period) DO NOTHING""",
                id, report.period(), on, spent == null ? null : spent.amount(), spent == null ? null : spent.currency());
        if (inserted == 0) {
            return;
        }
        for (IndicatorValue value : report.indicatorValues()) {
            jdbc.update("""
                    INSERT INTO iati_report_value (proposal_id, period, indicator, value) VALUES (?, ?, ?, ?)
                    ON CONFLICT (proposal_id, period, indicator) DO UPDATE SET value = EXCLUDED.value""",
                    id, report.period(), value.name(), value.value());
        }
    }

    private void accepted(ProgressReportAcceptedEvent accepted, long sequence, Date on) {
        String id = accepted.proposalId();
        jdbc.update("UPDATE iati_report SET accepted_on = ? WHERE proposal_id = ? AND period = ? AND accepted_on IS NULL",
                on, id, accepted.period());
        jdbc.query("""
                SELECT expenditure_amount, expenditure_currency FROM iati_report
                WHERE proposal_id = ? AND period = ? AND expenditure_amount > 0""", rs -> {
            transaction(id, sequence, DISBURSEMENT, on,
                    new Money(rs.getBigDecimal(1), rs.getString(2).trim()), null);
        }, id, accepted.period());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM iati_activity");
        jdbc.update("DELETE FROM iati_contribution");
    }

    private static Date date(Instant time) {
        return Date.valueOf(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }
}
