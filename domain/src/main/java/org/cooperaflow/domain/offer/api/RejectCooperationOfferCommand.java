package org.cooperaflow.domain.offer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decline to publish an offer; the reason is the reviewer's comment. */
public record RejectCooperationOfferCommand(@TargetAggregateIdentifier String offerId) {
}
