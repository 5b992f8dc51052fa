package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the secretariat's completeness finding on a proposal under screening. */
public record ScreenProposalCommand(@TargetAggregateIdentifier String proposalId, ScreeningOutcome outcome) {
}
