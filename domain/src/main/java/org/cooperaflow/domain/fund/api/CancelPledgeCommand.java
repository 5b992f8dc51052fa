package org.cooperaflow.domain.fund.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a pledge of which nothing was received (the reason comment is required). */
public record CancelPledgeCommand(@TargetAggregateIdentifier String contributionId) {
}
