package org.cooperaflow.domain.offer.api;

import org.axonframework.serialization.Revision;

/** The secretariat published an offer in the offers catalog, where it is matched with needs. */
@Revision("1")
public record CooperationOfferPublishedEvent(String offerId) implements CooperationOfferEvent {
}
