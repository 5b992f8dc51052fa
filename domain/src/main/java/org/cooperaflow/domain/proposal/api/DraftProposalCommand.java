package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a new proposal as a draft that only the proposer's state sees; {@code origin}, when it was started from the
 * match of an offer with a need, names both.
 */
public record DraftProposalCommand(@TargetAggregateIdentifier String proposalId, ProposalDetails details,
                                   ProposalOrigin origin) {

    public DraftProposalCommand(String proposalId, ProposalDetails details) {
        this(proposalId, details, null);
    }
}
