package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/** Allocate USD from a fund contribution to an approved proposal, up to its approved amount. */
public record AllocateFundsCommand(@TargetAggregateIdentifier String proposalId, String contributionId, Money amount) {

    public AllocateFundsCommand {
        Objects.requireNonNull(contributionId, "contributionId is required");
        Objects.requireNonNull(amount, "amount is required");
    }
}
