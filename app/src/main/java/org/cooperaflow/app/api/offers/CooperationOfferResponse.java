package org.cooperaflow.app.api.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.projections.offers.CooperationOfferCase;

/** A cooperation offer as {@code GET /api/offers/{id}} shows it: stage, version, its fields and its dates. */
public record CooperationOfferResponse(
        String id,
        String stage,
        long version,
        Offerer offeredBy,
        String title,
        String description,
        CidiPriority priority,
        List<Integer> sdgs,
        List<String> measures,
        OfferModality modality,
        List<String> languages,
        OfferCapacity capacity,
        LocalDate availableFrom,
        LocalDate availableTo,
        String rejectionReason,
        Instant draftedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant updatedAt) {

    static CooperationOfferResponse of(CooperationOfferCase offer) {
        CooperationOfferDetails d = offer.details();
        return new CooperationOfferResponse(offer.id(), offer.stage().name(), offer.version(), d.offeredBy(),
                d.title(), d.description(), d.priority(), d.sdgs(), d.measures(), d.modality(), d.languages(),
                d.capacity(), d.availableFrom(), d.availableTo(), offer.rejectionReason(), offer.draftedAt(),
                offer.submittedAt(), offer.publishedAt(), offer.updatedAt());
    }
}
