package org.cooperaflow.domain.request.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the secretariat's diagnosis of a submitted request. */
public record BeginDiagnosisCommand(@TargetAggregateIdentifier String requestId) {
}
