package org.cooperaflow.domain.offer.api;

import org.axonframework.serialization.Revision;

/** An offerer started an offer of cooperation as a draft. */
@Revision("1")
public record CooperationOfferDraftedEvent(String offerId, CooperationOfferDetails details)
        implements CooperationOfferEvent {
}
