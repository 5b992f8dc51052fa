package org.cooperaflow.domain.offer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Send a drafted offer to the secretariat for review. */
public record SubmitCooperationOfferCommand(@TargetAggregateIdentifier String offerId) {
}
