package org.cooperaflow.domain.request.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a request that the member state no longer needs addressed. */
public record WithdrawCooperationRequestCommand(@TargetAggregateIdentifier String requestId) {
}
