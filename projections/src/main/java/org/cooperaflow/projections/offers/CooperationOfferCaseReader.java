package org.cooperaflow.projections.offers;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.offer.CooperationOfferStageTransitions;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferRejectedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.springframework.stereotype.Service;

/**
 * Rebuilds one cooperation offer from its events: the offerer who just drafted or submitted it sees the change at
 * once, whatever the projections' lag.
 */
@Service
public class CooperationOfferCaseReader {

    private final EventStore eventStore;

    public CooperationOfferCaseReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<CooperationOfferCase> read(String offerId) {
        DomainEventStream stream = eventStore.readEvents(offerId, 0);
        CooperationOfferStage stage = null;
        CooperationOfferDetails details = null;
        String rejectionReason = null;
        long version = -1;
        Instant draftedAt = null;
        Instant submittedAt = null;
        Instant publishedAt = null;
        Instant updatedAt = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof CooperationOfferEvent event)) {
                continue;
            }
            Instant at = message.getTimestamp();
            version = message.getSequenceNumber();
            updatedAt = at;
            if (event instanceof CooperationOfferDraftedEvent drafted) {
                details = drafted.details();
                draftedAt = at;
            } else if (event instanceof CooperationOfferSubmittedEvent) {
                submittedAt = at;
            } else if (event instanceof CooperationOfferPublishedEvent) {
                publishedAt = at;
            } else if (event instanceof CooperationOfferRejectedEvent rejected) {
                rejectionReason = rejected.reason();
            }
            stage = CooperationOfferStageTransitions.stageAfter(event).orElse(stage);
        }
        if (details == null) {
            return Optional.empty();
        }
        return Optional.of(new CooperationOfferCase(offerId, stage, version, details, rejectionReason, draftedAt,
                submittedAt, publishedAt, updatedAt));
    }
}
