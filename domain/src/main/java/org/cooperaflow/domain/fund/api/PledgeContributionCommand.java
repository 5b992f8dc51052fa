package org.cooperaflow.domain.fund.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/** Record a contributor's pledge to the fund, earmarked for a thematic account or (accountId null) unearmarked. */
public record PledgeContributionCommand(
        @TargetAggregateIdentifier String contributionId,
        Contributor contributor,
        String accountId,
        Modality modality,
        ContributionKind kind,
        Money pledged) {

    public PledgeContributionCommand {
        Objects.requireNonNull(contributor, "contributor is required");
        Objects.requireNonNull(modality, "modality is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(pledged, "pledged is required");
    }
}
