package org.cooperaflow.projections.alignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
import org.cooperaflow.projections.batch.KeyedRows;
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
        batch().accountPriorities.replace(event.accountId(), true,
                event.priorities().stream().map(Enum::name).toList());
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
        KeyedRows.Row row = batch().proposals.get(event.proposalId());
        if (row != null) {
            row.setIfNull("submitted_at", Timestamp.from(at));
        }
    }

    @EventHandler
    void on(ProposalApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        KeyedRows.Row row = batch().proposals.get(event.proposalId());
        if (row != null) {
            row.setIfNull("approved_at", Timestamp.from(at)).set("approved_usd", event.approvedAmount().amount());
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM alignment_proposal");
        jdbc.update("DELETE FROM alignment_account_priority");
    }

    private Batch batch() {
        return ProjectionBatch.current(this, events -> new Batch(jdbc, events.aggregateIds()));
    }

    private static final class Batch implements ProjectionBatch.Writes {

        final KeyedRows proposals;
        final ValueSets measures;
        final ValueSets sdgs;
        final ValueSets accountPriorities;

        Batch(JdbcTemplate jdbc, Set<String> ids) {
            proposals = new KeyedRows(jdbc, "alignment_proposal", "proposal_id", List.of("priority", "account_id",
                    "requested_amount", "requested_currency", "submitted_at", "approved_at", "approved_usd"), ids);
            measures = new ValueSets(jdbc, "alignment_proposal_measure", "proposal_id", "measure");
            sdgs = new ValueSets(jdbc, "alignment_proposal_sdg", "proposal_id", "sdg");
            accountPriorities = new ValueSets(jdbc, "alignment_account_priority", "account_id", "priority");
        }

        void details(KeyedRows.Row row, ProposalDetails d) {
            row.set("priority", d.priority() == null ? null : d.priority().name())
                    .set("account_id", d.accountId())
                    .set("requested_amount", d.requestedAmount() == null ? null : d.requestedAmount().amount())
                    .set("requested_currency", d.requestedAmount() == null ? null : d.requestedAmount().currency());
            measures.replace(row, d.measures());
            sdgs.replace(row, d.sdgs());
        }

        @Override
        public void flush() {
            proposals.flush();
            measures.flush();
            sdgs.flush();
            accountPriorities.flush();
        }
    }
}
