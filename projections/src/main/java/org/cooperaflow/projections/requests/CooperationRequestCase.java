package org.cooperaflow.projections.requests;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.RequestRejectionReason;

/**
 * A cooperation request as its events tell it: stage, version (its last event's sequence
 * number), what the member state asks for, and the history of its stages.
 */
public record CooperationRequestCase(
        String id,
        CooperationRequestStage stage,
        long version,
        CooperationRequestDetails details,
        RequestRejectionReason rejectionReason,
        List<String> addressedByProposalIds,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt,
        List<StageVisit> history) {

    /** A stay in one stage: when it began and, unless it is the current one, when it ended. */
    public record StageVisit(CooperationRequestStage stage, Instant enteredAt, Instant leftAt) {
    }
}
