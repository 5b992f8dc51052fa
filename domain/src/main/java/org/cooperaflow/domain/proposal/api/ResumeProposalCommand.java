package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resume a suspended project where it stood. */
public record ResumeProposalCommand(@TargetAggregateIdentifier String proposalId) {
}
