package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a new proposal as a draft that only the proposer's state sees. */
public record DraftProposalCommand(@TargetAggregateIdentifier String proposalId, ProposalDetails details) {
}
