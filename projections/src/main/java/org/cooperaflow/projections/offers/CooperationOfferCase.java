package org.cooperaflow.projections.offers;

import java.time.Instant;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;

/**
 * A cooperation offer as its events tell it: stage, version (its last event's sequence number), what is offered, why
 * it was not published, and when it was drafted, submitted, published and last changed.
 */
public record CooperationOfferCase(
        String id,
        CooperationOfferStage stage,
        long version,
        CooperationOfferDetails details,
        String rejectionReason,
        Instant draftedAt,
        Instant submittedAt,
        Instant publishedAt,
        Instant updatedAt) {
}
