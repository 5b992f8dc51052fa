package org.cooperaflow.domain.fund.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/** Allocate USD of a contribution's receipts to a proposal of the given thematic account. */
public record AllocateContributionCommand(
        @TargetAggregateIdentifier String contributionId,
        String proposalId,
        Money usdAmount,
        String proposalAccountId) {

    public AllocateContributionCommand {
        Objects.requireNonNull(proposalId, "proposalId is required");
        Objects.requireNonNull(usdAmount, "usdAmount is required");
    }
}
