package org.cooperaflow.projections.proposals;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.cooperaflow.domain.proposal.ProposalStage;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the proposal list and each proposal's stage history. */
@Component
@ProcessingGroup(ProposalListProjection.PROCESSING_GROUP)
public class ProposalListProjection {

    public static final String PROCESSING_GROUP = "proposals";

    private final JdbcTemplate jdbc;

    public ProposalListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProposalEvent event, @org.axonframework.eventhandling.Timestamp Instant at, @SequenceNumber Long sequence) {
        java.sql.Timestamp time = java.sql.Timestamp.from(at);
        if (event instanceof ProposalDraftedEvent drafted) {
            ProposalDetails d = drafted.details();
            jdbc.update("""
                    INSERT INTO proposal_list (proposal_id, title, proposer_state, stage, stage_since, drafted_at,
                        updated_at, last_sequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (proposal_id) DO NOTHING""",
                    drafted.proposalId(), d.title(), d.proposer().memberState(), ProposalStage.DRAFT.name(),
                    time, time, time, sequence);
            jdbc.update("INSERT INTO proposal_stage_history (proposal_id, seq, stage, entered_at) VALUES (?, 1, ?, ?) "
                    + "ON CONFLICT DO NOTHING", drafted.proposalId(), ProposalStage.DRAFT.name(), time);
            writeDetails(drafted.proposalId(), d);
        } else if (event instanceof ProposalDraftUpdatedEvent updated) {
            writeDetails(updated.proposalId(), updated.details());
        } else if (event instanceof ProposalSubmittedEvent submitted) {
            jdbc.update("UPDATE proposal_list SET submitted_at = COALESCE(submitted_at, ?) WHERE proposal_id = ?",
                    time, submitted.proposalId());
        }
        ProposalStageTransitions.stageAfter(event)
                .filter(stage -> !(event instanceof ProposalDraftedEvent))
                .ifPresent(stage -> moveTo(event.proposalId(), stage, time));
        jdbc.update("UPDATE proposal_list SET updated_at = ?, last_sequence = ? WHERE proposal_id = ?",
                time, sequence, event.proposalId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM proposal_stage_history");
        jdbc.update("DELETE FROM proposal_list");
    }

    private void writeDetails(String proposalId, ProposalDetails d) {
        jdbc.update("""
                UPDATE proposal_list SET title = ?, proposer_state = ?, modality = ?, priority = ?, account_id = ?,
                    requested_amount = ?, requested_currency = ?
                WHERE proposal_id = ?""",
                d.title(), d.proposer().memberState(),
                d.modality() == null ? null : d.modality().name(),
                d.priority() == null ? null : d.priority().name(),
                d.accountId(),
                d.requestedAmount() == null ? null : d.requestedAmount().amount(),
                d.requestedAmount() == null ? null : d.requestedAmount().currency(),
                proposalId);
        jdbc.update("DELETE FROM proposal_list_measure WHERE proposal_id = ?", proposalId);
        d.measures().stream().distinct().forEach(m -> jdbc.update(
                "INSERT INTO proposal_list_measure (proposal_id, measure) VALUES (?, ?)", proposalId, m));
        jdbc.update("DELETE FROM proposal_list_sdg WHERE proposal_id = ?", proposalId);
        d.sdgs().stream().distinct().forEach(sdg -> jdbc.update(
                "INSERT INTO proposal_list_sdg (proposal_id, sdg) VALUES (?, ?)", proposalId, sdg));
    }

    private void moveTo(String proposalId, ProposalStage stage, java.sql.Timestamp at) {
        jdbc.update("UPDATE proposal_stage_history SET left_at = ? WHERE proposal_id = ? AND left_at IS NULL", at, proposalId);
        jdbc.update("""
                INSERT INTO proposal_stage_history (proposal_id, seq, stage, entered_at)
                SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM proposal_stage_history WHERE proposal_id = ?""",
                proposalId, stage.name(), at, proposalId);
        jdbc.update("UPDATE proposal_list SET stage = ?, stage_since = ? WHERE proposal_id = ?", stage.name(), at, proposalId);
    }
}
