package org.cooperaflow.domain.offer;

import java.util.Map;
import java.util.Optional;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferRejectedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferWithdrawnEvent;

/** Which stage each event of an offer leads to: the one fold of an offer's stages, for the aggregate and its reader. */
public final class CooperationOfferStageTransitions {

    private static final Map<Class<? extends CooperationOfferEvent>, CooperationOfferStage> MOVES = Map.of(
            CooperationOfferDraftedEvent.class, CooperationOfferStage.DRAFT,
            CooperationOfferSubmittedEvent.class, CooperationOfferStage.SUBMITTED,
            CooperationOfferPublishedEvent.class, CooperationOfferStage.PUBLISHED,
            CooperationOfferRejectedEvent.class, CooperationOfferStage.REJECTED,
            CooperationOfferWithdrawnEvent.class, CooperationOfferStage.WITHDRAWN);

    private CooperationOfferStageTransitions() {
    }

    /** The stage after the event. */
    public static Optional<CooperationOfferStage> stageAfter(CooperationOfferEvent event) {
        return Optional.ofNullable(MOVES.get(event.getClass()));
    }

    /** Whether the fold has a rule for events of this type. */
    public static boolean knows(Class<?> eventType) {
        return MOVES.containsKey(eventType);
    }
}
