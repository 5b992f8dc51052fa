package org.cooperaflow.projections.proposals;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of the proposal list. */
public record ProposalSummary(
        String id,
        String title,
        String proposerMemberState,
        String stage,
        Instant stageSince,
        String modality,
        String priority,
        String accountId,
        BigDecimal requestedAmount,
        String requestedCurrency,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt) {
}
