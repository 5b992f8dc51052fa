package org.cooperaflow.domain.request.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the diagnosis validated the need, before it is published. */
public record ValidateCooperationRequestCommand(@TargetAggregateIdentifier String requestId) {
}
