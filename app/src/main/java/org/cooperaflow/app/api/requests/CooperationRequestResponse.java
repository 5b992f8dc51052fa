package org.cooperaflow.app.api.requests;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.cooperaflow.projections.requests.PossibleDuplicate;

/**
 * A cooperation request as {@code GET /api/cooperation-requests/{id}} shows it: stage, version, its
 * fields, history, and the needs it probably duplicates (what the secretariat weighs in diagnosis).
 */
public record CooperationRequestResponse(
        String id,
        String stage,
        long version,
        String memberState,
        String title,
        String description,
        CidiPriority priority,
        List<Integer> sdgs,
        String nationalPlanReference,
        Modality modality,
        Money estimatedBudget,
        RequestRejectionReason rejectionReason,
        List<String> addressedByProposalIds,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt,
        List<CooperationRequestCase.StageVisit> history,
        List<PossibleDuplicate> possibleDuplicates) {

    static CooperationRequestResponse of(CooperationRequestCase request, List<PossibleDuplicate> possibleDuplicates) {
        CooperationRequestDetails d = request.details();
        return new CooperationRequestResponse(request.id(), request.stage().name(), request.version(),
                d.memberState(), d.title(), d.description(), d.priority(), d.sdgs(), d.nationalPlanReference(),
                d.modality(), d.estimatedBudget(), request.rejectionReason(), request.addressedByProposalIds(),
                request.draftedAt(), request.submittedAt(), request.updatedAt(), request.history(), possibleDuplicates);
    }
}
