package org.cooperaflow.projections.proposals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
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
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.cooperaflow.projections.batch.ValueSets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the proposal list, a batch of events at a time ({@link ProjectionBatch}); an event
 * delivered again (its sequence number not past the proposal's last) changes nothing.
 */
@Component
@ProcessingGroup(ProposalListProjection.PROCESSING_GROUP)
public class ProposalListProjection implements ReadsEventTypes {

    public static final String PROCESSING_GROUP = "proposals";

    private final JdbcTemplate jdbc;

    public ProposalListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every proposal event: each one dates the row's last change. */
    @Override
    public boolean reads(Class<?> payloadType) {
        return ProposalEvent.class.isAssignableFrom(payloadType);
    }

    /**
     * Takes the message: an event that neither moves the proposal nor carries its details dates the row's last
     * change from its metadata alone, without reading its payload.
     */
    @EventHandler
    void on(DomainEventMessage<?> message) {
        Class<?> type = message.getPayloadType();
        if (!reads(type)) {
            return;
        }
        long sequence = message.getSequenceNumber();
        Batch batch = ProjectionBatch.current(this, events -> new Batch(jdbc, events.aggregateIds()));
        Timestamp time = Timestamp.from(message.getTimestamp());
        KeyedRows.Row row = batch.proposals.get(message.getAggregateIdentifier());
        if (row != null && sequence <= ((Number) row.get("last_sequence")).longValue()) {
            return;
        }
        if (ProposalStageTransitions.mayMove(type) || type == ProposalDraftUpdatedEvent.class) {
            ProposalEvent event = (ProposalEvent) message.getPayload();
            if (event instanceof ProposalDraftedEvent drafted) {
                row = batch.proposals.insert(drafted.proposalId()).set("stage", ProposalStage.DRAFT.name())
                        .set("stage_since", time).set("drafted_at", time);
                batch.details(row, drafted.details());
            } else if (row == null) {
                return;
            } else if (event instanceof ProposalDraftUpdatedEvent updated) {
                batch.details(row, updated.details());
            } else if (event instanceof ProposalSubmittedEvent) {
                row.setIfNull("submitted_at", time);
            }
            if (!(event instanceof ProposalDraftedEvent)) {
                KeyedRows.Row current = row;
                ProposalStageTransitions.stageAfter(event)
                        .ifPresent(stage -> current.set("stage", stage.name()).set("stage_since", time));
            }
        } else if (row == null) {
            return;
        }
        row.set("updated_at", time).set("last_sequence", sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM proposal_list");
    }

    private static final class Batch implements ProjectionBatch.Writes {

        final KeyedRows proposals;
        final ValueSets measures;
        final ValueSets sdgs;

        Batch(JdbcTemplate jdbc, Set<String> proposalIds) {
            proposals = new KeyedRows(jdbc, "proposal_list", "proposal_id", List.of("title", "proposer_state", "stage",
                    "stage_since", "modality", "priority", "account_id", "requested_amount", "requested_currency",
                    "drafted_at", "submitted_at", "updated_at", "last_sequence"), proposalIds);
            measures = new ValueSets(jdbc, "proposal_list_measure", "proposal_id", "measure");
            sdgs = new ValueSets(jdbc, "proposal_list_sdg", "proposal_id", "sdg");
        }

        void details(KeyedRows.Row row, ProposalDetails d) {
            row.set("title", d.title()).set("proposer_state", d.proposer().memberState())
                    .set("modality", d.modality() == null ? null : d.modality().name());
            ProposalDetailColumns.priorityAndAccount(row, d);
            ProposalDetailColumns.requestedAmount(row, d);
            ProposalDetailColumns.measuresAndSdgs(row, d, measures, sdgs);
        }

        @Override
        public void flush() {
            proposals.flush();
            measures.flush();
            sdgs.flush();
        }
    }
}
