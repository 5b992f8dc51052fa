package org.cooperaflow.projections.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.request.CooperationRequestStageTransitions;
import org.cooperaflow.domain.request.api.CooperationRequestAddressedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.request.api.CooperationRequestRejectedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.springframework.stereotype.Service;

/**
 * Rebuilds one cooperation request from its events: the officer who just filed or submitted it
 * sees the change at once, whatever the projections' lag.
 */
@Service
public class CooperationRequestCaseReader {

    private final EventStore eventStore;

    public CooperationRequestCaseReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<CooperationRequestCase> read(String requestId) {
        DomainEventStream stream = eventStore.readEvents(requestId, 0);
        CooperationRequestStage stage = null;
        CooperationRequestDetails details = null;
        RequestRejectionReason rejectionReason = null;
        List<String> addressedBy = new ArrayList<>();
        long version = -1;
        Instant draftedAt = null;
        Instant submittedAt = null;
        Instant updatedAt = null;
        List<CooperationRequestCase.StageVisit> history = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof CooperationRequestEvent event)) {
                continue;
            }
            Instant at = message.getTimestamp();
            version = message.getSequenceNumber();
            updatedAt = at;
            if (event instanceof CooperationRequestDraftedEvent drafted) {
                details = drafted.details();
                draftedAt = at;
            } else if (event instanceof CooperationRequestSubmittedEvent) {
                submittedAt = at;
            } else if (event instanceof CooperationRequestRejectedEvent rejected) {
                rejectionReason = rejected.reason();
            } else if (event instanceof CooperationRequestAddressedEvent addressed) {
                addressedBy.add(addressed.proposalId());
            }
            CooperationRequestStage next = CooperationRequestStageTransitions.stageAfter(event).orElse(stage);
            if (next != stage) {
                if (!history.isEmpty()) {
                    CooperationRequestCase.StageVisit last = history.remove(history.size() - 1);
                    history.add(new CooperationRequestCase.StageVisit(last.stage(), last.enteredAt(), at));
                }
                history.add(new CooperationRequestCase.StageVisit(next, at, null));
                stage = next;
            }
        }
        if (details == null) {
            return Optional.empty();
        }
        return Optional.of(new CooperationRequestCase(requestId, stage, version, details, rejectionReason,
                List.copyOf(addressedBy), draftedAt, submittedAt, updatedAt, List.copyOf(history)));
    }
}
