package org.cooperaflow.domain.offer.api;

import org.axonframework.serialization.Revision;

/** The offerer withdrew its offer. */
@Revision("1")
public record CooperationOfferWithdrawnEvent(String offerId) implements CooperationOfferEvent {
}
