package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspend an approved, funded or running project (the reason comment is required). */
public record SuspendProposalCommand(@TargetAggregateIdentifier String proposalId) {
}
