package org.cooperaflow.app.config;

import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Correlation data (who, why, which task, where a message came from) is copied from the message being handled onto
 * the messages sent while it is handled: the events of a command, the commands the workflow sends. Axon asks the
 * providers for it whenever a message is made inside a unit of work, and an event processor makes one for each event
 * it handles, the handler's result, which nothing reads. A read model sends nothing, yet paid for each event a
 * reading of the event's metadata and a new map: 15 % of a replay's processor time (ADR 0028).
 *
 * <p>The read models' units of work are marked ({@link #marker()}, a handler interceptor of their processors), and
 * the providers, wrapped by {@link #skippedInReadModels}, give nothing there. Everywhere else (commands, the workflow,
 * and a command a handler of theirs would send, in a unit of work of its own) they give what they gave before.
 */
final class ReadModelCorrelation {

    private static final String READ_MODEL = ReadModelCorrelation.class.getName() + ".readModel";

    private ReadModelCorrelation() {
    }

    /** Marks the unit of work of a read model's batch. */
    static MessageHandlerInterceptor<EventMessage<?>> marker() {
        return (unitOfWork, chain) -> {
            unitOfWork.resources().putIfAbsent(READ_MODEL, Boolean.TRUE);
            return chain.proceed();
        };
    }

    static CorrelationDataProvider skippedInReadModels(CorrelationDataProvider provider) {
        return message -> inReadModel() ? Map.of() : provider.correlationDataFor(message);
    }

    private static boolean inReadModel() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(READ_MODEL);
    }
}
