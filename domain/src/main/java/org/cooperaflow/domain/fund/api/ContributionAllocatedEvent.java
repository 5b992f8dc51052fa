package org.cooperaflow.domain.fund.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Money;

/** USD of a contribution was allocated to a proposal, so the donor can be told which projects it funds. */
@Revision("1")
public record ContributionAllocatedEvent(
        String contributionId,
        String proposalId,
        Money usdAmount,
        Money totalAllocatedUsd) implements FundContributionEvent {
}
