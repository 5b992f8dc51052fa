package org.cooperaflow.app.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * A processor's handlers, asked once per payload type whether any of them takes events of that type. A tracking
 * processor asks its handlers about every event it reads, two or three times, and Axon answers each time by
 * streaming over every handler method of every handler class: a fifth of a read model's replay went to these
 * questions, mostly about events it has no handler for (ADR 0029).
 *
 * <p>An event whose type no handler takes is none of the processor's business, whatever its metadata or segment:
 * that answer is kept. An event of a type some handler takes is asked about as before (its segment, and the
 * parameters of the handler that would take it), and handled by the processor's own invoker.
 */
final class TypeFilteringEventHandlerInvoker implements EventHandlerInvoker {

    private final EventHandlerInvoker delegate;
    private final Map<Class<?>, Boolean> handledTypes = new ConcurrentHashMap<>();

    TypeFilteringEventHandlerInvoker(EventHandlerInvoker delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        return canHandleType(eventMessage.getPayloadType()) && delegate.canHandle(eventMessage, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handledTypes.computeIfAbsent(payloadType, delegate::canHandleType);
    }

    @Override
    public void handle(EventMessage<?> message, Segment segment) throws Exception {
        delegate.handle(message, segment);
    }

    @Override
    public boolean supportsReset() {
        return delegate.supportsReset();
    }

    @Override
    public void performReset() {
        delegate.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        delegate.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        delegate.segmentReleased(segment);
    }
}
