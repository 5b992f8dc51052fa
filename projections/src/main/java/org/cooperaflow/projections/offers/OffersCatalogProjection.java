package org.cooperaflow.projections.offers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferRejectedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferWithdrawnEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the offers catalog: every cooperation offer with what the catalog shows and the matching reads, of which the
 * published ones are listed; and the proposals started from a match, with their approval.
 */
@Component
@ProcessingGroup(OffersCatalogProjection.PROCESSING_GROUP)
public class OffersCatalogProjection {

    public static final String PROCESSING_GROUP = "offers";

    private final JdbcTemplate jdbc;

    public OffersCatalogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CooperationOfferDraftedEvent event) {
        CooperationOfferDetails d = event.details();
        int inserted = jdbc.update("""
                INSERT INTO offer_catalog (offer_id, offerer_type, country, member_state, institution, title,
                    description, priority, modality, places, capacity_note, available_from, available_to, stage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (offer_id) DO NOTHING""",
                event.offerId(), d.offeredBy().type().name(), d.offeredBy().countryCode(), d.offeredBy().memberState(),
                d.offeredBy().name(), d.title(), d.description(), d.priority() == null ? null : d.priority().name(),
                d.modality() == null ? null : d.modality().name(), d.capacity().places(), d.capacity().note(),
                Date.valueOf(d.availableFrom()), Date.valueOf(d.availableTo()), CooperationOfferStage.DRAFT.name());
        if (inserted == 1) {
            d.sdgs().stream().distinct().forEach(sdg -> jdbc.update(
                    "INSERT INTO offer_catalog_sdg (offer_id, sdg) VALUES (?, ?)", event.offerId(), sdg));
            d.measures().stream().distinct().forEach(measure -> jdbc.update(
                    "INSERT INTO offer_catalog_measure (offer_id, measure) VALUES (?, ?)", event.offerId(), measure));
            d.languages().stream().distinct().forEach(language -> jdbc.update(
                    "INSERT INTO offer_catalog_language (offer_id, language) VALUES (?, ?)", event.offerId(),
                    language));
        }
    }

    @EventHandler
    void on(CooperationOfferSubmittedEvent event) {
        stage(event.offerId(), CooperationOfferStage.SUBMITTED);
    }

    @EventHandler
    void on(CooperationOfferPublishedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE offer_catalog SET stage = ?, published_at = ? WHERE offer_id = ?",
                CooperationOfferStage.PUBLISHED.name(), Timestamp.from(at), event.offerId());
    }

    @EventHandler
    void on(CooperationOfferRejectedEvent event) {
        stage(event.offerId(), CooperationOfferStage.REJECTED);
    }

    @EventHandler
    void on(CooperationOfferWithdrawnEvent event) {
        stage(event.offerId(), CooperationOfferStage.WITHDRAWN);
    }

    @EventHandler
    void on(ProposalDraftedEvent event) {
        if (event.origin() != null) {
            jdbc.update("INSERT INTO offer_match_proposal (proposal_id, offer_id, request_id) VALUES (?, ?, ?)"
                    + " ON CONFLICT (proposal_id) DO NOTHING", event.proposalId(), event.origin().offerId(),
                    event.origin().cooperationRequestId());
        }
    }

    /** The first approval counts; a proposal approved again after a revision keeps its first date. */
    @EventHandler
    void on(ProposalApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE offer_match_proposal SET approved_at = ? WHERE proposal_id = ? AND approved_at IS NULL",
                Timestamp.from(at), event.proposalId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM offer_catalog");
        jdbc.update("DELETE FROM offer_match_proposal");
    }

    private void stage(String offerId, CooperationOfferStage stage) {
        jdbc.update("UPDATE offer_catalog SET stage = ? WHERE offer_id = ?", stage.name(), offerId);
    }
}
