package org.cooperaflow.domain.offer.api;

import org.axonframework.serialization.Revision;

/** The secretariat declined to publish an offer, saying why. */
@Revision("1")
public record CooperationOfferRejectedEvent(String offerId, String reason) implements CooperationOfferEvent {
}
