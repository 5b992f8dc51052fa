package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resubmit a proposal that was returned for revision. */
public record ResubmitProposalCommand(@TargetAggregateIdentifier String proposalId) {
}
