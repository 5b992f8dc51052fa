package org.cooperaflow.domain.proposal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the Board chair is reminded of the reviews still open in the current round. */
public record RemindBoardChairCommand(@TargetAggregateIdentifier String proposalId) {
}
