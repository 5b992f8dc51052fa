package org.cooperaflow.domain.offer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a reviewed offer in the offers catalog. */
public record PublishCooperationOfferCommand(@TargetAggregateIdentifier String offerId) {
}
