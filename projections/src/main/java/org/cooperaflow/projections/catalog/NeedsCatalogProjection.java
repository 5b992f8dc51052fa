package org.cooperaflow.projections.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestPublishedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestRejectedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the public needs catalog: every cooperation request with its details, of which the
 * published (and later addressed) ones are listed.
 */
@Component
@ProcessingGroup(NeedsCatalogProjection.PROCESSING_GROUP)
public class NeedsCatalogProjection {

    public static final String PROCESSING_GROUP = "catalog";

    private final JdbcTemplate jdbc;

    public NeedsCatalogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CooperationRequestDraftedEvent event) {
        CooperationRequestDetails d = event.details();
        int inserted = jdbc.update("""
                INSERT INTO catalog_need (request_id, member_state, title, description, priority,
                    national_plan_reference, modality, budget_amount, budget_currency, stage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""",
                event.requestId(), d.memberState(), d.title(), d.description(),
                d.priority() == null ? null : d.priority().name(), d.nationalPlanReference(),
                d.modality() == null ? null : d.modality().name(),
                d.estimatedBudget() == null ? null : d.estimatedBudget().amount(),
                d.estimatedBudget() == null ? null : d.estimatedBudget().currency(),
                CooperationRequestStage.DRAFT.name());
        if (inserted == 1) {
            d.sdgs().stream().distinct().forEach(sdg -> jdbc.update(
                    "INSERT INTO catalog_need_sdg (request_id, sdg) VALUES (?, ?)", event.requestId(), sdg));
        }
    }

    @EventHandler
    void on(CooperationRequestPublishedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE catalog_need SET stage = ?, published_at = ? WHERE request_id = ?",
                CooperationRequestStage.PUBLISHED.name(), Timestamp.from(at), event.requestId());
    }

    @EventHandler
    void on(CooperationRequestAddressedEvent event) {
        jdbc.update("UPDATE catalog_need SET stage = ? WHERE request_id = ?",
                CooperationRequestStage.ADDRESSED.name(), event.requestId());
        jdbc.update("INSERT INTO catalog_need_proposal (request_id, proposal_id) SELECT ?, ? "
                + "WHERE EXISTS (SELECT 1 FROM catalog_need WHERE request_id = ?) ON CONFLICT DO NOTHING",
                event.requestId(), event.proposalId(), event.requestId());
    }

    @EventHandler
    void on(CooperationRequestWithdrawnEvent event) {
        jdbc.update("UPDATE catalog_need SET stage = ? WHERE request_id = ?",
                CooperationRequestStage.WITHDRAWN.name(), event.requestId());
    }

    @EventHandler
    void on(CooperationRequestRejectedEvent event) {
        jdbc.update("UPDATE catalog_need SET stage = ? WHERE request_id = ?",
                CooperationRequestStage.REJECTED.name(), event.requestId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM catalog_need");
    }
}
