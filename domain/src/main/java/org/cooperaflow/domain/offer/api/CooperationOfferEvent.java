package org.cooperaflow.domain.offer.api;

/** Every fact about a cooperation offer; sealed so that projections can switch over all of them. */
public sealed interface CooperationOfferEvent permits
        CooperationOfferDraftedEvent,
        CooperationOfferSubmittedEvent,
        CooperationOfferPublishedEvent,
        CooperationOfferRejectedEvent,
        CooperationOfferWithdrawnEvent {

    String offerId();
}
