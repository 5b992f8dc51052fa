package org.cooperaflow.workflows.support;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
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

    /** What the proposal says now: its last drafted or revised details. */
    public ProposalDetails proposalDetails(String proposalId) {
        ProposalDetails details = null;
        // from sequence 0: readEvents(id) would start at the latest snapshot, which is no event
        DomainEventStream events = eventStore.readEvents(proposalId, 0);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof ProposalDraftedEvent drafted) {
                details = drafted.details();
            } else if (payload instanceof ProposalDraftUpdatedEvent updated) {
                details = updated.details();
            }
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
        DomainEventStream events = eventStore.readEvents(proposalId, 0);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof ProposalFundedEvent) {
                return true;
            }
        }
        return false;
    }

    /** The thematic account as it was opened, if there is one with this id. */
    public Optional<ThematicAccountOpenedEvent> account(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return Optional.empty();
        }
        DomainEventStream events = eventStore.readEvents(accountId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getPayload() instanceof ThematicAccountOpenedEvent opened) {
                return Optional.of(opened);
            }
        }
        return Optional.empty();
    }
}
