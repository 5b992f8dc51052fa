package org.cooperaflow.domain.fund.api;

import org.axonframework.serialization.Revision;

/** A pledge of which nothing was received was cancelled. */
@Revision("1")
public record ContributionPledgeCancelledEvent(String contributionId) implements FundContributionEvent {
}
