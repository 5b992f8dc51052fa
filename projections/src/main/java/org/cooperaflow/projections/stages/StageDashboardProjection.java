package org.cooperaflow.projections.stages;

import java.sql.Timestamp;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.proposals.ProposalDetailColumns;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.cooperaflow.projections.batch.ValueSets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the stage dashboard needs: each proposal's current stage and filter fields, and
 * every stay in a stage (entered, left). The stage an event leads to comes from
 * {@link ProposalStageTransitions}, the same answer as the proposal view's. Written a batch of
 * events at a time ({@link ProjectionBatch}); an event delivered again (its sequence number not
 * past the case's last) changes nothing.
 */
@Component
@ProcessingGroup(StageDashboardProjection.PROCESSING_GROUP)
public class StageDashboardProjection implements ReadsEventTypes {

    public static final String PROCESSING_GROUP = "stages";

    private final JdbcTemplate jdbc;

    public StageDashboardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The events that may move a proposal or change its details; not a vote, not a report. */
    @Override
    public boolean reads(Class<?> payloadType) {
        return ProposalStageTransitions.mayMove(payloadType) || payloadType == ProposalDraftUpdatedEvent.class;
    }

    /**
     * Takes the message: an event that neither moves the proposal nor changes its details (a vote, a report) is
     * skipped by its type, without reading its payload.
     */
    @EventHandler
    void on(DomainEventMessage<?> message) {
        if (!reads(message.getPayloadType())) {
            return;
        }
        ProposalEvent event = (ProposalEvent) message.getPayload();
        long sequence = message.getSequenceNumber();
        Batch batch = ProjectionBatch.current(this, events -> new Batch(jdbc, events.aggregateIds()));
        Timestamp time = Timestamp.from(message.getTimestamp());
        String id = event.proposalId();
        KeyedRows.Row row = batch.cases.get(id);
        if (row != null && sequence <= ((Number) row.get("last_sequence")).longValue()) {
            return;
        }
        if (event instanceof ProposalDraftedEvent drafted) {
            if (row == null) {
                row = batch.cases.insert(id).set("stage", ProposalStage.DRAFT.name()).set("stage_since", time)
                        .set("entered_stages", 0).set("converted", "");
                batch.stays.begin(id, ProposalStage.DRAFT.name(), time);
            }
            batch.details(row, drafted.details());
        } else if (row == null) {
            return;
        }
        row.set("last_sequence", sequence);
        if (event instanceof ProposalDraftUpdatedEvent updated) {
            batch.details(row, updated.details());
        }
        if (!(event instanceof ProposalDraftedEvent)) {
            KeyedRows.Row current = row;
            ProposalStageTransitions.stageAfter(event).ifPresent(stage -> {
                batch.stays.move(id, stage.name(), time);
                batch.figures.enter(current, stage);
                current.set("stage", stage.name()).set("stage_since", time);
            });
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM stage_case");
        jdbc.update("DELETE FROM stage_figure");
        jdbc.update("UPDATE stage_generation SET generation = generation + 1");
    }

    private static final class Batch implements ProjectionBatch.Writes {

        final KeyedRows cases;
        final ValueSets measures;
        final ValueSets sdgs;
        final StageStays stays;
        final StageFigures figures = new StageFigures();
        final JdbcTemplate jdbc;

        Batch(JdbcTemplate jdbc, java.util.Set<String> proposalIds) {
            this.jdbc = jdbc;
            cases = new KeyedRows(jdbc, "stage_case", "proposal_id", List.of("proposer_state", "priority",
                    "account_id", "stage", "stage_since", "last_sequence", "entered_stages", "converted"), proposalIds);
            measures = new ValueSets(jdbc, "stage_case_measure", "proposal_id", "measure");
            sdgs = new ValueSets(jdbc, "stage_case_sdg", "proposal_id", "sdg");
            stays = new StageStays(jdbc, proposalIds);
        }

        void details(KeyedRows.Row row, ProposalDetails d) {
            row.set("proposer_state", d.proposer().memberState());
            ProposalDetailColumns.priorityAndAccount(row, d);
            ProposalDetailColumns.measuresAndSdgs(row, d, measures, sdgs);
        }

        @Override
        public void flush() {
            cases.flush();
            measures.flush();
            sdgs.flush();
            stays.flush();
            figures.flush(jdbc);
        }
    }
}
