package org.cooperaflow.projections.accounts;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.springframework.stereotype.Service;

/**
 * One thematic account read from the event store, not from the list: a contribution or a
 * proposal that names an account just opened must find it, whatever the projection's lag.
 */
@Service
public class ThematicAccountReader {

    private final EventStore eventStore;

    public ThematicAccountReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ThematicAccountView> read(String accountId) {
        DomainEventStream stream = eventStore.readEvents(accountId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof ThematicAccountOpenedEvent opened) {
                return Optional.of(new ThematicAccountView(opened.accountId(), opened.name(), opened.priorities(),
                        opened.projectCeiling(), message.getTimestamp()));
            }
        }
        return Optional.empty();
    }

    public boolean exists(String accountId) {
        return accountId != null && read(accountId).isPresent();
    }
}
