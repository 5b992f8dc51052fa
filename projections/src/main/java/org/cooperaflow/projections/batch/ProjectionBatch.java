package org.cooperaflow.projections.batch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What one projection writes for one batch of events, kept in memory while the batch's events are handled and
 * written when the batch commits, in a few JDBC batch statements (ADR 0017). An event processor hands a batch
 * of events to its handlers inside one unit of work and one transaction; the batch's writes are a resource of that
 * unit of work, opened at its first event with every case the batch touches loaded at once (so no event reads
 * before it writes) and flushed in its prepare-commit phase, inside the transaction that also stores the token.
 * A failure anywhere rolls back the batch's writes and its token together, as before. A dead letter that an operator
 * retries is a batch of one event, written when its own unit of work commits.
 */
public final class ProjectionBatch {

    private ProjectionBatch() {
    }

    /** A batch's writes: {@link #flush()} runs once, before the batch's transaction commits. */
    public interface Writes {
        void flush();
    }

    /** The batch's writes for {@code projection}, opened on the batch's first event with all its events. */
    public static <W extends Writes> W current(Object projection, Function<BatchEvents, W> open) {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("projection batches are written by a unit of work's commit");
        }
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        // a dead letter retried by an operator is handled in a unit of its own, nested in the retry's: its writes
        // are its own, so that a letter that fails again rolls them back alone
        UnitOfWork<?> unitOfWork = current.resources().containsKey(DeadLetter.class.getName())
                ? current : current.root();
        String key = ProjectionBatch.class.getName() + "/" + projection.getClass().getName();
        return unitOfWork.getOrComputeResource(key, ignored -> {
            W writes = open.apply(BatchEvents.of(unitOfWork));
            unitOfWork.onPrepareCommit(u -> writes.flush());
            return writes;
        });
    }

    /** The events of one batch, as they will be handled. */
    public record BatchEvents(List<? extends EventMessage<?>> messages) {

        static BatchEvents of(UnitOfWork<?> unitOfWork) {
            List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batching
                    ? batching.getMessages() : List.of(unitOfWork.getMessage());
            return new BatchEvents(messages.stream().filter(EventMessage.class::isInstance)
                    .map(m -> (EventMessage<?>) m).toList());
        }

        /** The identifiers of the aggregates (the cases) whose events the batch holds. */
        public Set<String> aggregateIds() {
            Set<String> ids = new LinkedHashSet<>();
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                    ids.add(domain.getAggregateIdentifier());
                }
            }
            return ids;
        }

        /**
         * The positions in the event store of the batch's events (their global index, from their tracking tokens), in
         * the batch's order; empty when one of them has none, such as an event that is not read from the store.
         */
        public Optional<long[]> globalIndexes() {
            long[] indexes = new long[messages.size()];
            for (int i = 0; i < indexes.length; i++) {
                if (!(messages.get(i) instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken() == null
                        || tracked.trackingToken().position().isEmpty()) {
                    return Optional.empty();
                }
                indexes[i] = tracked.trackingToken().position().getAsLong();
            }
            return Optional.of(indexes);
        }

        /** The identifiers of the batch's events. */
        public Set<String> eventIdentifiers() {
            Set<String> ids = new LinkedHashSet<>();
            messages.forEach(m -> ids.add(m.getIdentifier()));
            return ids;
        }
    }
}
