package org.cooperaflow.projections.iati;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.batch.BatchStatements;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.cooperaflow.projections.batch.ValueSets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the IATI export publishes: each proposal's details, stage and dates, its commitments (the allocations
 * to it) and disbursements (the expenditure of its accepted progress reports), its progress reports (expenditure
 * and indicator values, accepted or not yet), the time of the latest event that changed it ({@code updated_at}: its
 * details, approval, dates, allocations, reports, their acceptance or its stage), and the contributors and receipts
 * of the fund. Written a batch of events at a time ({@link ProjectionBatch}); a proposal's event delivered again
 * (its sequence number not past the last the proposal's row took) changes nothing, and a contribution's rows are
 * keyed by its events.
 */
@Component
@ProcessingGroup(IatiProjection.PROCESSING_GROUP)
public class IatiProjection implements ReadsEventTypes {

    public static final String PROCESSING_GROUP = "iati";

    /** {@code iati_transaction.kind} of an allocation to the proposal. */
    public static final String COMMITMENT = "COMMITMENT";
    /**
     * {@code iati_transaction.kind} of an accepted progress report's expenditure: what the fund disburses to the
     * project is what the project reports it spent.
     */
    public static final String DISBURSEMENT = "DISBURSEMENT";

    /** The proposal's events whose payload the read model reads, besides those that may move the proposal. */
    private static final Set<Class<?>> PROPOSAL_EVENTS = Set.of(ProposalDraftedEvent.class,
            ProposalDraftUpdatedEvent.class, ProposalApprovedEvent.class, ProjectStartedEvent.class,
            FinalEvaluationCompletedEvent.class, FundsAllocatedToProposalEvent.class, ProgressReportSubmittedEvent.class,
            ProgressReportAcceptedEvent.class);

    private final JdbcTemplate jdbc;

    public IatiProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the message: an event the export does not need (a vote, a screening note) is skipped by its type,
     * without reading its payload.
     */
    @EventHandler
    void on(DomainEventMessage<?> message) {
        Class<?> type = message.getPayloadType();
        if (isContribution(type)) {
            batch().contribution(message);
        } else if (isProposals(type)) {
            batch().proposal(message);
        }
    }

    /** A contribution's pledge or receipt, or a proposal's event that may move it or that the export reads. */
    @Override
    public boolean reads(Class<?> payloadType) {
        return isContribution(payloadType) || isProposals(payloadType);
    }

    private static boolean isContribution(Class<?> type) {
        return type == ContributionPledgedEvent.class || type == ContributionReceivedEvent.class;
    }

    private static boolean isProposals(Class<?> type) {
        return ProposalStageTransitions.mayMove(type) || PROPOSAL_EVENTS.contains(type);
    }

    private Batch batch() {
        return ProjectionBatch.current(this, events -> new Batch(jdbc, events));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM iati_activity");
        jdbc.update("DELETE FROM iati_contribution");
    }

    private static Date date(Instant time) {
        return Date.valueOf(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    private static final class Batch implements ProjectionBatch.Writes {

        final JdbcTemplate jdbc;
        final KeyedRows activities;
        final ValueSets partners;
        final ValueSets sdgs;
        final ValueSets indicators;
        final IatiReports reports;
        final List<Object[]> transactions = new ArrayList<>();
        final List<Object[]> contributions = new ArrayList<>();
        final List<Object[]> receipts = new ArrayList<>();

        Batch(JdbcTemplate jdbc, ProjectionBatch.BatchEvents events) {
            this.jdbc = jdbc;
            activities = new KeyedRows(jdbc, "iati_activity", "proposal_id", List.of("title", "summary",
                    "proposer_type", "proposer_state", "proposer_name", "priority", "account_id", "duration_months",
                    "stage", "approved_on", "approved_amount", "approved_currency", "started_on", "closed_on",
                    "updated_at", "last_sequence"), events.aggregateIds());
            partners = new ValueSets(jdbc, "iati_activity_partner", "proposal_id",
                    List.of("position", "member_state", "role"));
            sdgs = new ValueSets(jdbc, "iati_activity_sdg", "proposal_id", "sdg");
            indicators = new ValueSets(jdbc, "iati_activity_indicator", "proposal_id",
                    List.of("position", "name", "unit", "baseline", "target"));
            reports = new IatiReports(jdbc, events);
        }

        void contribution(DomainEventMessage<?> message) {
            if (message.getPayload() instanceof ContributionPledgedEvent pledged) {
                Contributor c = pledged.contributor();
                contributions.add(new Object[] {pledged.contributionId(), c.type().name(), c.memberState(),
                        c.country(), c.name()});
            } else if (message.getPayload() instanceof ContributionReceivedEvent received) {
                receipts.add(new Object[] {received.contributionId(), message.getSequenceNumber(),
                        Date.valueOf(received.receivedOn()), received.usdAmount().amount()});
            }
        }

        void proposal(DomainEventMessage<?> message) {
            long sequence = message.getSequenceNumber();
            KeyedRows.Row row = activities.get(message.getAggregateIdentifier());
            if (row != null && sequence <= ((Number) row.get("last_sequence")).longValue()) {
                return;
            }
            ProposalEvent event = (ProposalEvent) message.getPayload();
            Timestamp time = Timestamp.from(message.getTimestamp());
            Date on = date(message.getTimestamp());
            if (event instanceof ProposalDraftedEvent drafted) {
                if (row != null) {
                    return;
                }
                row = activities.insert(drafted.proposalId()).set("stage", ProposalStage.DRAFT.name());
                details(row, drafted.details());
            } else if (row == null) {
                return;
            } else if (event instanceof ProposalDraftUpdatedEvent updated) {
                details(row, updated.details());
            } else if (event instanceof ProposalApprovedEvent approved) {
                row.set("approved_on", on).set("approved_amount", approved.approvedAmount().amount())
                        .set("approved_currency", approved.approvedAmount().currency());
            } else if (event instanceof ProjectStartedEvent started) {
                row.set("started_on", Date.valueOf(started.startDate()));
            } else if (event instanceof FinalEvaluationCompletedEvent) {
                row.set("closed_on", on);
            } else if (event instanceof FundsAllocatedToProposalEvent allocated) {
                transaction(row, sequence, COMMITMENT, on, allocated.amount(), allocated.contributionId());
            } else if (event instanceof ProgressReportSubmittedEvent report) {
                reports.submitted(report, on);
            } else if (event instanceof ProgressReportAcceptedEvent accepted) {
                KeyedRows.Row activity = row;
                reports.accepted(accepted, on).ifPresent(spent ->
                        transaction(activity, sequence, DISBURSEMENT, on, spent, null));
            }
            Optional<ProposalStage> stage = ProposalStageTransitions.stageAfter(event);
            if (stage.isPresent()) {
                row.set("stage", stage.get().name());
            }
            if (stage.isPresent() || PROPOSAL_EVENTS.contains(event.getClass())) {
                updated(row, time);
            }
            row.set("last_sequence", sequence);
        }

        /** The activity changed at that time: its last update, which never goes back (events come in order). */
        private static void updated(KeyedRows.Row row, Timestamp time) {
            Object was = row.get("updated_at");
            Instant last = was instanceof Timestamp t ? t.toInstant()
                    : was instanceof OffsetDateTime o ? o.toInstant() : was instanceof Instant i ? i : null;
            if (last == null || last.isBefore(time.toInstant())) {
                row.set("updated_at", time);
            }
        }

        private void details(KeyedRows.Row row, ProposalDetails d) {
            row.set("title", d.title()).set("summary", d.summary()).set("proposer_type", d.proposer().type().name())
                    .set("proposer_state", d.proposer().memberState()).set("proposer_name", d.proposer().name())
                    .set("priority", d.priority() == null ? null : d.priority().name())
                    .set("account_id", d.accountId()).set("duration_months", d.durationMonths());
            List<Object[]> partnerRows = new ArrayList<>();
            List<Partner> ps = d.partners();
            for (int i = 0; i < ps.size(); i++) {
                partnerRows.add(new Object[] {i, ps.get(i).memberState(), ps.get(i).role().name()});
            }
            partners.replaceRows(row, partnerRows);
            sdgs.replace(row, d.sdgs());
            List<Object[]> indicatorRows = new ArrayList<>();
            List<Indicator> is = d.indicators();
            for (int i = 0; i < is.size(); i++) {
                Indicator indicator = is.get(i);
                indicatorRows.add(new Object[] {i, indicator.name(), indicator.unit(), indicator.baseline(),
                        indicator.target()});
            }
            indicators.replaceRows(row, indicatorRows);
        }

        private void transaction(KeyedRows.Row row, long sequence, String kind, Date on, Money amount,
                                 String contributionId) {
            transactions.add(new Object[] {row.key(), sequence, kind, on, amount.amount(), amount.currency(),
                    contributionId});
        }

        @Override
        public void flush() {
            activities.flush();
            partners.flush();
            sdgs.flush();
            indicators.flush();
            if (!transactions.isEmpty()) {
                BatchStatements.update(jdbc, """
                        INSERT INTO iati_transaction (proposal_id, sequence, kind, transaction_date, amount, currency,
                            contribution_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (proposal_id, sequence) DO NOTHING""",
                        transactions);
            }
            reports.flush();
            if (!contributions.isEmpty()) {
                BatchStatements.update(jdbc, """
                        INSERT INTO iati_contribution (contribution_id, contributor_type, member_state, country, name)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (contribution_id) DO NOTHING""", contributions);
            }
            if (!receipts.isEmpty()) {
                BatchStatements.update(jdbc, """
                        INSERT INTO iati_receipt (contribution_id, sequence, received_on, usd_amount)
                        VALUES (?, ?, ?, ?) ON CONFLICT (contribution_id, sequence) DO NOTHING""", receipts);
            }
        }
    }
}
