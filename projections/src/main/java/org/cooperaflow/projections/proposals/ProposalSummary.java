package org.cooperaflow.projections.proposals;

import java.time.Instant;
import org.cooperaflow.domain.shared.Money;

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
        Money requestedAmount,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt) {
}
