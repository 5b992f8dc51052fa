package org.cooperaflow.workflows.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.offer.CooperationOfferStageTransitions;
import org.cooperaflow.domain.offer.api.CooperationOfferEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.proposal.ProposalDetailsRevisions;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.domain.request.CooperationRequestStageTransitions;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.springframework.stereotype.Component;

/**
 * The facts a process step needs, read from the event store (the truth) rather than from a
 * read model: a step must never decide on a projection that lags behind.
 */
@Component
public class CaseFacts {

    private final EventStore eventStore;

    public CaseFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** What the proposal says now, by the one fold the aggregate uses ({@link ProposalDetailsRevisions}). */
    public ProposalDetails proposalDetails(String proposalId) {
        ProposalDetails details = null;
        for (Object payload : payloads(proposalId, ProposalDetailsRevisions::mayRevise)) {
            details = ProposalDetailsRevisions.detailsAfter((ProposalEvent) payload).orElse(details);
        }
        if (details == null) {
            throw new IllegalStateException("no proposal " + proposalId + " in the event store");
        }
        return details;
    }

    /**
     * Whether the allocations reached the approved amount. Read inside a task's transaction, it sees the
     * events of the commands that transaction just sent.
     */
    public boolean isFunded(String proposalId) {
        return !payloads(proposalId, ProposalFundedEvent.class).isEmpty();
    }

    /**
     * Whether the latest accepted progress report was the project's final one, as the aggregate recorded it. Read
     * inside the review task's transaction, it sees the acceptance that transaction just recorded.
     */
    public boolean lastAcceptedReportWasFinal(String proposalId) {
        List<Object> accepted = payloads(proposalId, ProgressReportAcceptedEvent.class);
        return !accepted.isEmpty() && ((ProgressReportAcceptedEvent) accepted.get(accepted.size() - 1)).finalReport();
    }

    /** The thematic account as it was opened, if there is one with this id. */
    public Optional<ThematicAccountOpenedEvent> account(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return Optional.empty();
        }
        return payloads(accountId, ThematicAccountOpenedEvent.class).stream()
                .map(ThematicAccountOpenedEvent.class::cast).findFirst();
    }

    /**
     * The cooperation request's stage as its events leave it, by the one fold the aggregate uses; empty when there is
     * no request with this id.
     */
    public Optional<CooperationRequestStage> cooperationRequestStage(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return Optional.empty();
        }
        CooperationRequestStage stage = null;
        DomainEventStream events = eventStore.readEvents(requestId, 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof CooperationRequestEvent event) {
                stage = CooperationRequestStageTransitions.stageAfter(event).orElse(stage);
            }
        }
        return Optional.ofNullable(stage);
    }

    /** The offer's stage as its events leave it, by the one fold the aggregate uses; empty when there is no such offer. */
    public Optional<CooperationOfferStage> offerStage(String offerId) {
        CooperationOfferStage stage = null;
        DomainEventStream events = eventStore.readEvents(offerId, 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof CooperationOfferEvent event) {
                stage = CooperationOfferStageTransitions.stageAfter(event).orElse(stage);
            }
        }
        return Optional.ofNullable(stage);
    }

    /** Whether the proposal was withdrawn (a withdrawn proposal is never submitted again). */
    public boolean isWithdrawn(String proposalId) {
        return !payloads(proposalId, ProposalWithdrawnEvent.class).isEmpty();
    }

    /** Whether a fund contribution with this id was pledged (its aggregate exists). */
    public boolean contributionExists(String contributionId) {
        if (contributionId == null || contributionId.isBlank()) {
            return false;
        }
        return !payloads(contributionId, ContributionPledgedEvent.class).isEmpty();
    }

    /** The payloads of the aggregate's events of this type, in their order. */
    private List<Object> payloads(String aggregateId, Class<?> type) {
        return payloads(aggregateId, type::isAssignableFrom);
    }

    /**
     * The payloads of the aggregate's events whose type passes, in their order, from its first event (not from a
     * snapshot, which is no event); the other events' payloads are not deserialized.
     */
    private List<Object> payloads(String aggregateId, Predicate<Class<?>> type) {
        List<Object> payloads = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (type.test(message.getPayloadType())) {
                payloads.add(message.getPayload());
            }
        }
        return payloads;
    }
}
