package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace what a draft or returned proposal says. */
public record UpdateProposalDraftCommand(@TargetAggregateIdentifier String proposalId, ProposalDetails details) {
}
