package org.cooperaflow.domain.request.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit a draft request to the secretariat for diagnosis. */
public record SubmitCooperationRequestCommand(@TargetAggregateIdentifier String requestId) {
}
