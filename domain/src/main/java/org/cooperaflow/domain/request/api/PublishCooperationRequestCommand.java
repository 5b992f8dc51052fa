package org.cooperaflow.domain.request.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a diagnosed need in the needs catalog, validating it first if that was not yet recorded. */
public record PublishCooperationRequestCommand(@TargetAggregateIdentifier String requestId) {
}
