package org.cooperaflow.projections.alignment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.projections.batch.KeyList;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.proposals.ProposalDetailColumns;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.cooperaflow.projections.batch.ValueSets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the annual alignment report reads: measures, SDGs, priority, amounts and dates of each proposal,
 * a batch of events at a time ({@link ProjectionBatch}).
 */
@Component
@ProcessingGroup(AlignmentProjection.PROCESSING_GROUP)
public class AlignmentProjection {

    public static final String PROCESSING_GROUP = "alignment";

    private final JdbcTemplate jdbc;

    public AlignmentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ThematicAccountOpenedEvent event) {
        Batch batch = batch();
        List<String> priorities = event.priorities().stream().map(Enum::name).distinct().toList();
        batch.accountPriorities.replace(event.accountId(), true, priorities);
        batch.priorities.put(event.accountId(), Set.copyOf(priorities));
    }

    @EventHandler
    void on(ProposalDraftedEvent event) {
        Batch batch = batch();
        KeyedRows.Row row = batch.proposals.get(event.proposalId());
        batch.details(row == null ? batch.proposals.insert(event.proposalId()) : row, event.details());
    }

    @EventHandler
    void on(ProposalDraftUpdatedEvent event) {
        Batch batch = batch();
        KeyedRows.Row row = batch.proposals.get(event.proposalId());
        if (row != null) {
            batch.details(row, event.details());
        }
    }

    /** The first submission dates the proposal; a resubmission does not. */
    @EventHandler
    void on(ProposalSubmittedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        KeyedRows.Row row = batch().touch(event.proposalId());
        if (row != null) {
            row.setIfNull("submitted_at", Timestamp.from(at));
        }
    }

    @EventHandler
    void on(ProposalApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        KeyedRows.Row row = batch().touch(event.proposalId());
        if (row != null) {
            row.setIfNull("approved_at", Timestamp.from(at)).set("approved_usd", event.approvedAmount().amount());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM alignment_proposal");
        jdbc.update("DELETE FROM alignment_account_priority");
        jdbc.update("DELETE FROM alignment_figure");
    }

    private Batch batch() {
        return ProjectionBatch.current(this, events -> new Batch(jdbc, events.aggregateIds()));
    }

    /**
     * The batch's proposals and accounts. What each loaded proposal counted in the report before the batch is kept
     * ({@code before}), so that at the end the report's figures change by what the batch changed.
     */
    private static final class Batch implements ProjectionBatch.Writes {

        private static final List<String> COLUMNS = List.of("priority", "account_id", "requested_amount",
                "requested_currency", "submitted_at", "approved_at", "approved_usd");

        final JdbcTemplate jdbc;
        final KeyedRows proposals;
        final ValueSets measures;
        final ValueSets sdgs;
        final ValueSets accountPriorities;
        final Map<String, Set<String>> priorities = new HashMap<>();
        final Map<String, Set<String>> prioritiesBefore;
        final Map<String, AlignmentFigures.Proposal> before = new HashMap<>();
        final Set<String> touched = new LinkedHashSet<>();
        final AlignmentFigures figures = new AlignmentFigures();

        Batch(JdbcTemplate jdbc, Set<String> ids) {
            this.jdbc = jdbc;
            proposals = new KeyedRows(jdbc, "alignment_proposal", "proposal_id", COLUMNS, ids);
            measures = new ValueSets(jdbc, "alignment_proposal_measure", "proposal_id", "measure");
            sdgs = new ValueSets(jdbc, "alignment_proposal_sdg", "proposal_id", "sdg");
            accountPriorities = new ValueSets(jdbc, "alignment_account_priority", "account_id", "priority");
            jdbc.query("SELECT account_id, priority FROM alignment_account_priority", rs -> {
                priorities.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            });
            prioritiesBefore = Map.copyOf(priorities);
            Map<String, List<Object>> oldMeasures = values("alignment_proposal_measure", "measure", ids);
            Map<String, List<Object>> oldSdgs = values("alignment_proposal_sdg", "sdg", ids);
            for (String id : ids) {
                KeyedRows.Row row = proposals.get(id);
                if (row != null) {
                    before.put(id, proposal(row, oldMeasures.getOrDefault(id, List.of()),
                            oldSdgs.getOrDefault(id, List.of())));
                }
            }
        }

        KeyedRows.Row touch(String id) {
            touched.add(id);
            return proposals.get(id);
        }

        void details(KeyedRows.Row row, ProposalDetails d) {
            touched.add(row.key());
            ProposalDetailColumns.priorityAndAccount(row, d);
            ProposalDetailColumns.requestedAmount(row, d);
            ProposalDetailColumns.measuresAndSdgs(row, d, measures, sdgs);
        }

        @Override
        public void flush() {
            for (String id : touched) {
                AlignmentFigures.Proposal was = before.get(id);
                if (was != null) {
                    figures.add(was, prioritiesBefore, -1);
                }
                KeyedRows.Row row = proposals.get(id);
                if (row != null) {
                    figures.add(proposal(row,
                            measures.replacement(id).orElse(was == null ? List.of() : List.copyOf(was.measures())),
                            sdgs.replacement(id).orElse(was == null ? List.of() : List.copyOf(was.sdgs()))),
                            priorities, 1);
                }
            }
            proposals.flush();
            measures.flush();
            sdgs.flush();
            accountPriorities.flush();
            figures.flush(jdbc);
        }

        private static AlignmentFigures.Proposal proposal(KeyedRows.Row row, List<?> measures, List<?> sdgs) {
            return new AlignmentFigures.Proposal((String) row.get("priority"), (String) row.get("account_id"),
                    (BigDecimal) row.get("requested_amount"), (String) row.get("requested_currency"),
                    (Timestamp) row.get("submitted_at"), (Timestamp) row.get("approved_at"),
                    (BigDecimal) row.get("approved_usd"), measures, sdgs);
        }

        private Map<String, List<Object>> values(String table, String column, Set<String> ids) {
            Map<String, List<Object>> values = new HashMap<>();
            if (ids.isEmpty()) {
                return values;
            }
            jdbc.query(KeyList.statement("SELECT proposal_id, " + column + " FROM " + table
                    + " WHERE proposal_id = ANY(?)", ids), rs -> {
                values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2));
            });
            return values;
        }
    }
}
