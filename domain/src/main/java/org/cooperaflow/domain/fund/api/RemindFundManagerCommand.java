package org.cooperaflow.domain.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the fund manager is reminded that no receipt has been recorded against a pledge. */
public record RemindFundManagerCommand(@TargetAggregateIdentifier String contributionId) {
}
