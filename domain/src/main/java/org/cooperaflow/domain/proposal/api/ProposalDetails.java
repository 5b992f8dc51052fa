package org.cooperaflow.domain.proposal.api;

import java.util.List;
import java.util.Objects;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/** What a proposal says: the fields the proposer writes and may revise until it is screened complete. */
public record ProposalDetails(
        String title,
        String summary,
        Proposer proposer,
        List<Partner> partners,
        Modality modality,
        List<String> measures,
        List<Integer> sdgs,
        CidiPriority priority,
        Money requestedAmount,
        Money coFinancing,
        Integer durationMonths,
        String accountId,
        List<String> cooperationRequestIds,
        List<Indicator> indicators) {

    public ProposalDetails {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(proposer, "proposer is required");
        partners = partners == null ? List.of() : List.copyOf(partners);
        measures = measures == null ? List.of() : List.copyOf(measures);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        cooperationRequestIds = cooperationRequestIds == null ? List.of() : List.copyOf(cooperationRequestIds);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
