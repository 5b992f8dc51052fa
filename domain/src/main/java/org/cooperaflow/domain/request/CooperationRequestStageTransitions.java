package org.cooperaflow.domain.request;

import java.util.Map;
import java.util.Optional;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDiagnosisBegunEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.request.api.CooperationRequestPublishedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestRejectedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestValidatedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;

/**
 * Which stage each event of a need leads to: the one fold of a need's stages, used by the aggregate, the need's
 * index and case reader, and the workflow's case facts. Every event of a need moves it; an event type missing here
 * fails {@code StageFoldTest}.
 */
public final class CooperationRequestStageTransitions {

    private static final Map<Class<? extends CooperationRequestEvent>, CooperationRequestStage> MOVES = Map.of(
            CooperationRequestDraftedEvent.class, CooperationRequestStage.DRAFT,
            CooperationRequestSubmittedEvent.class, CooperationRequestStage.SUBMITTED,
            CooperationRequestDiagnosisBegunEvent.class, CooperationRequestStage.UNDER_DIAGNOSIS,
            CooperationRequestValidatedEvent.class, CooperationRequestStage.VALIDATED,
            CooperationRequestPublishedEvent.class, CooperationRequestStage.PUBLISHED,
            CooperationRequestRejectedEvent.class, CooperationRequestStage.REJECTED,
            CooperationRequestWithdrawnEvent.class, CooperationRequestStage.WITHDRAWN,
            CooperationRequestAddressedEvent.class, CooperationRequestStage.ADDRESSED);

    private CooperationRequestStageTransitions() {
    }

    /** The stage after the event, or empty for an event that does not move the need. */
    public static Optional<CooperationRequestStage> stageAfter(CooperationRequestEvent event) {
        return Optional.ofNullable(MOVES.get(event.getClass()));
    }

    /** Whether the fold has a rule for events of this type. */
    public static boolean knows(Class<?> eventType) {
        return MOVES.containsKey(eventType);
    }
}
