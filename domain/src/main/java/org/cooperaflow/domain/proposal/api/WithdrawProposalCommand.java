package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a proposal before the Board decides on it. */
public record WithdrawProposalCommand(@TargetAggregateIdentifier String proposalId) {
}
