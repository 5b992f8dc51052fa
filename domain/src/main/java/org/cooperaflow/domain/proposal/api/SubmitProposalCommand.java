package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit a draft to the agency for screening. */
public record SubmitProposalCommand(@TargetAggregateIdentifier String proposalId) {
}
