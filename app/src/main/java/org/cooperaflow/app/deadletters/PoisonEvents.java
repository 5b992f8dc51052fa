package org.cooperaflow.app.deadletters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.cooperaflow.app.config.DatabaseFailures;

/**
 * Parks a read model's failing event in its dead-letter queue without keeping anything the failed handler did (ADR
 * 0021).
 *
 * <p>A read model's processor handles a batch of events in one transaction, and the batch projections keep their
 * changes in memory until the batch commits (ADR 0017). Axon's dead-lettering invoker catches a handler's failure and
 * parks the event in the same transaction: whatever the handler had changed before it failed (rows in memory, a
 * statement that aborted PostgreSQL's transaction) would stay. So a handler's first failure is not parked: it is
 * remembered and the batch fails, which rolls back the batch's writes and its token; the processor retries the batch,
 * and this time the remembered event is parked before its handler runs, on a transaction nothing has spoiled. Later
 * events of the same case are then parked behind it by the queue. A failure the database may not repeat (a lost
 * connection, a deadlock, a server shutting down) is never parked: the batch is retried until the database answers.
 *
 * <p>When an operator retries a dead letter, its handler runs in a transaction of its own (Axon's dead-letter
 * processing task): a failure there rolls back and the letter stays in the queue, with its new cause.
 */
public class PoisonEvents implements HandlerEnhancerDefinition {

    private static final int REMEMBERED = 1_000;

    private final Set<String> processingGroups;

    /** Failed events, by processing group and event identifier, waiting for their batch's retry to park them. */
    private final Map<String, Exception> failed = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Exception> eldest) {
            return size() > REMEMBERED;
        }
    });

    public PoisonEvents(Set<String> processingGroups) {
        this.processingGroups = Set.copyOf(processingGroups);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || !processingGroups.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        String processingGroup = group.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return PoisonEvents.this.handle(processingGroup, message, () -> super.handle(message, target));
            }
        };
    }

    /** What the dead-letter queue does with a failed event: a failed batch is retried, anything else is parked. */
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause instanceof RetryBatch retry) {
            throw retry;
        }
        return Decisions.enqueue(cause);
    }

    interface Handler {
        Object handle() throws Exception;
    }

    Object handle(String processingGroup, Message<?> message, Handler handler) throws Exception {
        if (retryingDeadLetter()) {
            return handler.handle();
        }
        String key = processingGroup + "/" + message.getIdentifier();
        Exception earlier = failed.remove(key);
        if (earlier != null) {
            throw earlier;
        }
        try {
            return handler.handle();
        } catch (Exception e) {
            if (!mayPass(e)) {
                failed.put(key, e);
            }
            throw new RetryBatch(processingGroup, message, e);
        }
    }

    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }

    /** Whether the failure is the database's, of the moment: a retry may well succeed. */
    static boolean mayPass(Throwable failure) {
        return DatabaseFailures.momentary(failure);
    }

    /** A handler failed: the batch's transaction rolls back and its processor retries it. */
    static final class RetryBatch extends RuntimeException {

        RetryBatch(String processingGroup, Message<?> message, Exception cause) {
            super("read model " + processingGroup + " failed on event " + message.getIdentifier() + " ("
                    + message.getPayloadType().getSimpleName() + "); its batch is retried", cause);
        }
    }
}
