package org.cooperaflow.domain.fund.api;

/** Every fact about a fund contribution; sealed so that projections can switch over all of them. */
public sealed interface FundContributionEvent permits
        ContributionPledgedEvent,
        ContributionReceivedEvent,
        ContributionAllocatedEvent,
        ContributionPledgeCancelledEvent,
        FundManagerRemindedEvent {

    String contributionId();
}
