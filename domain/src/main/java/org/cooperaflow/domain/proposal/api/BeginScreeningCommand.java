package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the secretariat's completeness screening of a submitted proposal. */
public record BeginScreeningCommand(@TargetAggregateIdentifier String proposalId) {
}
