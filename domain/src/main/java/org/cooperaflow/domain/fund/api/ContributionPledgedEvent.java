package org.cooperaflow.domain.fund.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/** A contributor pledged money or in-kind value to the fund. */
@Revision("1")
public record ContributionPledgedEvent(
        String contributionId,
        Contributor contributor,
        String accountId,
        Modality modality,
        ContributionKind kind,
        Money pledged) implements FundContributionEvent {
}
