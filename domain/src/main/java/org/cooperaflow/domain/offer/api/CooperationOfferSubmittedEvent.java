package org.cooperaflow.domain.offer.api;

import org.axonframework.serialization.Revision;

/** An offer was sent to the secretariat for review. */
@Revision("1")
public record CooperationOfferSubmittedEvent(String offerId, String title) implements CooperationOfferEvent {
}
