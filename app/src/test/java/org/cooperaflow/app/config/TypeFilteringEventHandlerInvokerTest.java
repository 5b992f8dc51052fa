package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.junit.jupiter.api.Test;

/**
 * The filter answers for the types no handler takes, and those a read model says it does not read, and leaves every
 * other answer to Axon's invoker: the same decisions, whatever the event, segment or handler parameters.
 */
class TypeFilteringEventHandlerInvokerTest {

    record Drafted(String id) {
    }

    record Submitted(String id) {
    }

    record Unrelated(String id) {
    }

    /** A read model: drafts from any message; submissions only from an aggregate's (they carry a sequence number). */
    static final class Handlers {

        final List<String> handled = new ArrayList<>();
        int resets;

        @EventHandler
        void on(Drafted event) {
            handled.add("drafted " + event.id());
        }

        @EventHandler
        void on(Submitted event, @SequenceNumber long sequence) {
            handled.add("submitted " + event.id() + " at " + sequence);
        }

        @ResetHandler
        void reset() {
            resets++;
        }
    }

    private final Handlers handlers = new Handlers();
    private final MultiEventHandlerInvoker axons = new MultiEventHandlerInvoker(
            SimpleEventHandlerInvoker.builder().eventHandlers(handlers).build());
    private final TypeFilteringEventHandlerInvoker filtered = new TypeFilteringEventHandlerInvoker(axons);

    @Test
    void answersAsAxonDoesForEveryEventAndSegment() {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(domain(new Drafted("p" + i), "p" + i));
            events.add(domain(new Submitted("p" + i), "p" + i));
            events.add(domain(new Unrelated("p" + i), "p" + i));
            // not an aggregate's: the submission handler's sequence number does not match it
            events.add(GenericEventMessage.asEventMessage(new Submitted("p" + i)));
            events.add(GenericEventMessage.asEventMessage(new Drafted("p" + i)));
        }
        for (EventMessage<?> event : events) {
            for (Segment segment : List.of(Segment.ROOT_SEGMENT, halves[0], halves[1])) {
                assertThat(filtered.canHandle(event, segment)).as("%s in %s", event.getPayload(), segment)
                        .isEqualTo(axons.canHandle(event, segment));
            }
            assertThat(filtered.canHandleType(event.getPayloadType()))
                    .isEqualTo(axons.canHandleType(event.getPayloadType()));
        }
        assertThat(filtered.canHandleType(Unrelated.class)).isFalse();
        assertThat(filtered.canHandleType(Submitted.class)).isTrue();
    }

    @Test
    void handlesAndResetsThroughAxonsInvoker() throws Exception {
        filtered.handle(domain(new Drafted("p1"), "p1"), Segment.ROOT_SEGMENT);
        filtered.handle(domain(new Submitted("p1"), "p1"), Segment.ROOT_SEGMENT);

        assertThat(handlers.handled).containsExactly("drafted p1", "submitted p1 at 0");
        assertThat(filtered.supportsReset()).isEqualTo(axons.supportsReset()).isTrue();
        filtered.performReset();
        filtered.performReset(null);
        assertThat(handlers.resets).isEqualTo(2);
    }

    @Test
    void asksAxonsInvokerAboutATypeOnce() {
        int[] asked = new int[2];
        TypeFilteringEventHandlerInvoker counted = new TypeFilteringEventHandlerInvoker(new EventHandlerInvoker() {
            @Override
            public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
                asked[0]++;
                return axons.canHandle(eventMessage, segment);
            }

            @Override
            public boolean canHandleType(Class<?> payloadType) {
                asked[1]++;
                return axons.canHandleType(payloadType);
            }

            @Override
            public void handle(EventMessage<?> message, Segment segment) throws Exception {
                axons.handle(message, segment);
            }
        });

        for (int i = 0; i < 100; i++) {
            assertThat(counted.canHandle(domain(new Unrelated("p" + i), "p" + i), Segment.ROOT_SEGMENT)).isFalse();
            assertThat(counted.canHandleType(Unrelated.class)).isFalse();
        }

        assertThat(asked).as("canHandle, canHandleType").containsExactly(0, 1);
    }

    /** A read model that takes every message and reads only drafts, as the stage dashboard does with its events. */
    static final class DraftsOnly implements ReadsEventTypes {

        final List<Object> handled = new ArrayList<>();

        @EventHandler
        void on(DomainEventMessage<?> message) {
            if (reads(message.getPayloadType())) {
                handled.add(message.getPayload());
            }
        }

        @Override
        public boolean reads(Class<?> payloadType) {
            return payloadType == Drafted.class;
        }
    }

    @Test
    void aReadModelThatTellsTheTypesItReadsIsAskedAboutNoOther() throws Exception {
        DraftsOnly readModel = new DraftsOnly();
        MultiEventHandlerInvoker invoker = new MultiEventHandlerInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(readModel).build());
        EventMessage<?> drafted = domain(new Drafted("p1"), "p1");
        EventMessage<?> submitted = domain(new Submitted("p1"), "p1");

        TypeFilteringEventHandlerInvoker told = TypeFilteringEventHandlerInvoker.filtering(invoker, List.of(readModel));
        TypeFilteringEventHandlerInvoker untold = TypeFilteringEventHandlerInvoker.filtering(invoker, List.of());

        assertThat(told.canHandle(drafted, Segment.ROOT_SEGMENT)).isTrue();
        assertThat(told.canHandle(submitted, Segment.ROOT_SEGMENT)).isFalse();
        assertThat(told.canHandleType(Submitted.class)).isFalse();
        assertThat(untold.canHandle(submitted, Segment.ROOT_SEGMENT)).as("Axon's answer: the handler takes any message")
                .isTrue();
        told.handle(drafted, Segment.ROOT_SEGMENT);
        assertThat(readModel.handled).containsExactly(new Drafted("p1"));
    }

    @Test
    void aReadModelSharingItsProcessorWithAnotherHandlerFiltersNothing() {
        DraftsOnly readModel = new DraftsOnly();
        MultiEventHandlerInvoker shared = new MultiEventHandlerInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(readModel, handlers).build());

        TypeFilteringEventHandlerInvoker filtered = TypeFilteringEventHandlerInvoker.filtering(shared,
                List.of(readModel));

        assertThat(filtered.canHandle(domain(new Submitted("p1"), "p1"), Segment.ROOT_SEGMENT)).isTrue();
        assertThat(filtered.canHandle(domain(new Unrelated("p1"), "p1"), Segment.ROOT_SEGMENT)).isTrue();
    }

    private static EventMessage<?> domain(Object payload, String aggregate) {
        return new GenericDomainEventMessage<>("ProjectProposal", aggregate, 0, payload);
    }
}
