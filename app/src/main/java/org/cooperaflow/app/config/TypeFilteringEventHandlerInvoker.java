package org.cooperaflow.app.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.springframework.util.ClassUtils;

/**
 * A processor's handlers, asked once per payload type whether any of them takes events of that type. A tracking
 * processor asks its handlers about every event it reads, two or three times, and Axon answers each time by
 * streaming over every handler method of every handler class: a fifth of a read model's replay went to these
 * questions, mostly about events it has no handler for (ADR 0029).
 *
 * <p>An event whose type no handler takes is none of the processor's business, whatever its metadata or segment:
 * that answer is kept. So is the answer of a read model that tells which types it reads ({@link ReadsEventTypes}): a
 * handler that takes every event message and skips most of them by type would otherwise have every event batched,
 * its case's rows loaded and the handler called. An event of a type the processor takes is asked about as before
 * (its segment, and the parameters of the handler that would take it), and handled by the processor's own invoker.
 */
final class TypeFilteringEventHandlerInvoker implements EventHandlerInvoker {

    private final EventHandlerInvoker delegate;
    private final Predicate<Class<?>> reads;
    private final Map<Class<?>, Boolean> handledTypes = new ConcurrentHashMap<>();

    TypeFilteringEventHandlerInvoker(EventHandlerInvoker delegate) {
        this(delegate, type -> true);
    }

    private TypeFilteringEventHandlerInvoker(EventHandlerInvoker delegate, Predicate<Class<?>> reads) {
        this.delegate = delegate;
        this.reads = reads;
    }

    /**
     * A processor's handlers; when its one handler class is a read model that {@link ReadsEventTypes tells the
     * types it reads}, the events of every other type are none of the processor's business either.
     */
    static TypeFilteringEventHandlerInvoker filtering(EventHandlerInvoker delegate,
                                                      Collection<? extends ReadsEventTypes> readModels) {
        List<Class<?>> handlerTypes = handlerTypes(delegate);
        if (handlerTypes.size() == 1) {
            for (ReadsEventTypes readModel : readModels) {
                if (ClassUtils.getUserClass(readModel).equals(handlerTypes.get(0))) {
                    return new TypeFilteringEventHandlerInvoker(delegate, readModel::reads);
                }
            }
        }
        return new TypeFilteringEventHandlerInvoker(delegate);
    }

    /** The classes of the handlers the invoker calls, as far as Axon's invokers tell them; empty when not. */
    private static List<Class<?>> handlerTypes(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            List<Class<?>> types = new ArrayList<>();
            for (EventHandlerInvoker each : multi.delegates()) {
                List<Class<?>> inner = handlerTypes(each);
                if (inner.isEmpty()) {
                    return List.of();
                }
                types.addAll(inner);
            }
            return types;
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream().<Class<?>>map(h -> ClassUtils.getUserClass(h.getTargetType()))
                    .toList();
        }
        return List.of();
    }

    @Override
    public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
        return canHandleType(eventMessage.getPayloadType()) && delegate.canHandle(eventMessage, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handledTypes.computeIfAbsent(payloadType, type -> reads.test(type) && delegate.canHandleType(type));
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
