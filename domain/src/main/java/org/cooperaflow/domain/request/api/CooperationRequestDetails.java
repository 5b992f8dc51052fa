package org.cooperaflow.domain.request.api;

import java.util.List;
import java.util.Objects;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/** What a member state says it needs, aligned with its national development plan. */
public record CooperationRequestDetails(
        String memberState,
        String title,
        String description,
        CidiPriority priority,
        List<Integer> sdgs,
        String nationalPlanReference,
        Modality modality,
        Money estimatedBudget) {

    public CooperationRequestDetails {
        Objects.requireNonNull(memberState, "memberState is required");
        Objects.requireNonNull(title, "title is required");
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
    }
}
