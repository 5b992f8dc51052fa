package org.cooperaflow.projections.alignment;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps what the annual alignment report reads: measures, SDGs, priority, amounts and dates of each proposal. */
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
        event.priorities().stream().distinct().forEach(p -> jdbc.update(
                "INSERT INTO alignment_account_priority (account_id, priority) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.accountId(), p.name()));
    }

    @EventHandler
    void on(ProposalDraftedEvent event) {
        jdbc.update("INSERT INTO alignment_proposal (proposal_id) VALUES (?) ON CONFLICT DO NOTHING", event.proposalId());
        write(event.proposalId(), event.details());
    }

    @EventHandler
    void on(ProposalDraftUpdatedEvent event) {
        write(event.proposalId(), event.details());
    }

    /** The first submission dates the proposal; a resubmission does not. */
    @EventHandler
    void on(ProposalSubmittedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE alignment_proposal SET submitted_at = COALESCE(submitted_at, ?) WHERE proposal_id = ?",
                Timestamp.from(at), event.proposalId());
    }

    @EventHandler
    void on(ProposalApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE alignment_proposal SET approved_at = COALESCE(approved_at, ?), approved_usd = ? "
                + "WHERE proposal_id = ?", Timestamp.from(at), event.approvedAmount().amount(), event.proposalId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM alignment_proposal");
        jdbc.update("DELETE FROM alignment_account_priority");
    }

    private void write(String id, ProposalDetails d) {
        jdbc.update("""
                UPDATE alignment_proposal SET priority = ?, account_id = ?, requested_amount = ?, requested_currency = ?
                WHERE proposal_id = ?""",
                d.priority() == null ? null : d.priority().name(), d.accountId(),
                d.requestedAmount() == null ? null : d.requestedAmount().amount(),
                d.requestedAmount() == null ? null : d.requestedAmount().currency(), id);
        jdbc.update("DELETE FROM alignment_proposal_measure WHERE proposal_id = ?", id);
        d.measures().stream().distinct().forEach(m ->
                jdbc.update("INSERT INTO alignment_proposal_measure (proposal_id, measure) VALUES (?, ?)", id, m));
        jdbc.update("DELETE FROM alignment_proposal_sdg WHERE proposal_id = ?", id);
        d.sdgs().stream().distinct().forEach(s ->
                jdbc.update("INSERT INTO alignment_proposal_sdg (proposal_id, sdg) VALUES (?, ?)", id, s));
    }
}
