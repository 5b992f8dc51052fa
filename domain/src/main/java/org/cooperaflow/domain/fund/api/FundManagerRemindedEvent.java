package org.cooperaflow.domain.fund.api;

import org.axonframework.serialization.Revision;

/** The fund manager was reminded that a pledge still awaits its receipt. */
@Revision("1")
public record FundManagerRemindedEvent(String contributionId) implements FundContributionEvent {
}
