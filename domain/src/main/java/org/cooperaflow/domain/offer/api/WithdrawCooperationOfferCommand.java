package org.cooperaflow.domain.offer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an offer that the offerer can no longer make. */
public record WithdrawCooperationOfferCommand(@TargetAggregateIdentifier String offerId) {
}
