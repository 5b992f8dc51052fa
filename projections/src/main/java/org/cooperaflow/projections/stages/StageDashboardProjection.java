package org.cooperaflow.projections.stages;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.proposal.ProposalStage;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what the stage dashboard needs: each proposal's current stage and filter fields, and
 * every stay in a stage (entered, left). The stage an event leads to comes from
 * {@link ProposalStageTransitions}, the same answer as the proposal view's.
 */
@Component
@ProcessingGroup(StageDashboardProjection.PROCESSING_GROUP)
public class StageDashboardProjection {

    public static final String PROCESSING_GROUP = "stages";

    private final JdbcTemplate jdbc;

    public StageDashboardProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp time = Timestamp.from(at);
        String id = event.proposalId();
        if (event instanceof ProposalDraftedEvent drafted) {
            ProposalDetails d = drafted.details();
            int inserted = jdbc.update("""
                    INSERT INTO stage_case (proposal_id, proposer_state, stage, stage_since) VALUES (?, ?, ?, ?)
                    ON CONFLICT (proposal_id) DO NOTHING""", id, d.proposer().memberState(),
                    ProposalStage.DRAFT.name(), time);
            if (inserted == 1) {
                jdbc.update("INSERT INTO stage_stay (proposal_id, seq, stage, entered_at) VALUES (?, 1, ?, ?)",
                        id, ProposalStage.DRAFT.name(), time);
            }
            writeDetails(id, d);
            return;
        }
        if (event instanceof ProposalDraftUpdatedEvent updated) {
            writeDetails(id, updated.details());
        }
        ProposalStageTransitions.stageAfter(event).ifPresent(stage -> moveTo(id, stage, time));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM stage_case");
    }

    private void writeDetails(String id, ProposalDetails d) {
        jdbc.update("UPDATE stage_case SET proposer_state = ?, priority = ?, account_id = ? WHERE proposal_id = ?",
                d.proposer().memberState(), d.priority() == null ? null : d.priority().name(), d.accountId(), id);
        jdbc.update("DELETE FROM stage_case_measure WHERE proposal_id = ?", id);
        d.measures().stream().distinct().forEach(m ->
                jdbc.update("INSERT INTO stage_case_measure (proposal_id, measure) VALUES (?, ?)", id, m));
        jdbc.update("DELETE FROM stage_case_sdg WHERE proposal_id = ?", id);
        d.sdgs().stream().distinct().forEach(s ->
                jdbc.update("INSERT INTO stage_case_sdg (proposal_id, sdg) VALUES (?, ?)", id, s));
    }

    private void moveTo(String id, ProposalStage stage, Timestamp at) {
        jdbc.update("UPDATE stage_stay SET left_at = ? WHERE proposal_id = ? AND left_at IS NULL", at, id);
        jdbc.update("""
                INSERT INTO stage_stay (proposal_id, seq, stage, entered_at)
                SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM stage_stay WHERE proposal_id = ?""",
                id, stage.name(), at, id);
        jdbc.update("UPDATE stage_case SET stage = ?, stage_since = ? WHERE proposal_id = ?", stage.name(), at, id);
    }
}
