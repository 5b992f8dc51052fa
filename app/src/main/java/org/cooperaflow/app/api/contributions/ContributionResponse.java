package org.cooperaflow.app.api.contributions;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.contributions.ContributionCase;

/**
 * A contribution as {@code GET /api/contributions/{id}} shows it: status, what was pledged,
 * received (in the pledge's currency and in USD) and allocated (USD), with every receipt and allocation.
 */
public record ContributionResponse(
        String id,
        String status,
        long version,
        Contributor contributor,
        String accountId,
        Modality modality,
        ContributionKind kind,
        Money pledged,
        Money received,
        Money receivedUsd,
        Money allocatedUsd,
        List<ContributionCase.Receipt> receipts,
        List<ContributionCase.Allocation> allocations,
        Instant pledgedAt,
        Instant updatedAt) {

    static ContributionResponse of(ContributionCase c) {
        return new ContributionResponse(c.id(), c.status().name(), c.version(), c.contributor(), c.accountId(),
                c.modality(), c.kind(), c.pledged(), c.received(), c.receivedUsd(), c.allocatedUsd(), c.receipts(),
                c.allocations(), c.pledgedAt(), c.updatedAt());
    }
}
