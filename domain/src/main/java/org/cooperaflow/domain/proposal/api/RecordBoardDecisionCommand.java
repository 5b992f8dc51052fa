package org.cooperaflow.domain.proposal.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/** Record the Board's decision; approval needs the quorum (default 3 non-recused votes) and a majority. */
public record RecordBoardDecisionCommand(
        @TargetAggregateIdentifier String proposalId,
        BoardDecision decision,
        String conditions,
        Money approvedAmount,
        Integer quorum) {

    /** The quorum of non-recused votes when the application configures none. */
    public static final int DEFAULT_QUORUM = 3;

    public RecordBoardDecisionCommand {
        Objects.requireNonNull(decision, "decision is required");
        if (quorum == null) {
            quorum = DEFAULT_QUORUM;
        }
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least one vote");
        }
    }

    /** A decision checked against the default quorum. */
    public RecordBoardDecisionCommand(String proposalId, BoardDecision decision, String conditions,
                                      Money approvedAmount) {
        this(proposalId, decision, conditions, approvedAmount, DEFAULT_QUORUM);
    }
}
