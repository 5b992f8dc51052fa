package org.cooperaflow.projections.contributions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cooperaflow.domain.fund.ContributionStatus;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/**
 * A fund contribution as its events tell it: what was pledged, what was received (in the
 * pledge's currency and in USD) and which proposals its money was allocated to.
 */
public record ContributionCase(
        String id,
        ContributionStatus status,
        long version,
        Contributor contributor,
        String accountId,
        Modality modality,
        ContributionKind kind,
        Money pledged,
        Money received,
        Money receivedUsd,
        Money allocatedUsd,
        List<Receipt> receipts,
        List<Allocation> allocations,
        Instant pledgedAt,
        Instant updatedAt) {

    /** Money received against the pledge, at a rate to USD. */
    public record Receipt(Money amount, LocalDate receivedOn, BigDecimal usdRate, Money usdAmount, Instant recordedAt) {
    }

    /** USD of the contribution allocated to a proposal. */
    public record Allocation(String proposalId, Money usdAmount, Instant allocatedAt) {
    }
}
