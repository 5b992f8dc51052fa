package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/**
 * Record the Board's decision; approval needs the quorum of non-recused votes and a majority, as the Board voting
 * policy the application configures says ({@code cooperaflow.board.quorum}), never the caller.
 */
public record RecordBoardDecisionCommand(
        @TargetAggregateIdentifier String proposalId,
        BoardDecision decision,
        String conditions,
        Money approvedAmount) {

    public RecordBoardDecisionCommand {
        Objects.requireNonNull(decision, "decision is required");
    }
}
