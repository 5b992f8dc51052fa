package org.cooperaflow.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.cooperaflow.domain.fund.FundContribution;
import org.cooperaflow.domain.fund.ThematicAccount;
import org.cooperaflow.domain.proposal.BoardVotingPolicy;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.cooperaflow.domain.request.CooperationRequest;
import org.cooperaflow.domain.shared.AuditMetadata;

/**
 * The four aggregates on plain Axon in this JVM, no Spring and no Camunda: a command bus and gateway, an event store
 * in memory, and the application's correlation data (message origin and the audit keys of {@code AxonConfiguration}),
 * so that each event carries who caused it, why, and in which task, as the application's events do. Commands are
 * sent at a moment of the past: Axon dates the events by its clock, which is set to that moment.
 */
final class InMemoryDomain implements AutoCloseable {

    /** Who sends a command, as the application's security context and process steps name them. */
    record Actor(String name, String roles, String memberState) {

        /** Process steps (service tasks, timers) act as {@code system}, with no roles and no state. */
        static final Actor SYSTEM = new Actor(AuditMetadata.SYSTEM_ACTOR, "", "");

        static Actor officerOf(String memberState) {
            return new Actor("officer-" + memberState.toLowerCase(java.util.Locale.ROOT), "member-state", memberState);
        }

        /** The audit metadata the application stamps on a command of this actor. */
        Map<String, Object> metaData() {
            Map<String, Object> metaData = new HashMap<>();
            metaData.put(AuditMetadata.ACTOR, name);
            metaData.put(AuditMetadata.ACTOR_ROLES, roles);
            if (memberState != null) {
                metaData.put(AuditMetadata.ACTOR_MEMBER_STATE, memberState);
            }
            return metaData;
        }
    }

    private final InMemoryEventStorageEngine storage = new AggregateIndexedStorage();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final CommandGateway gateway;

    InMemoryDomain() {
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(List.of(new MessageOriginProvider(),
                new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ACTOR_ROLES,
                        AuditMetadata.ACTOR_MEMBER_STATE, AuditMetadata.REASON, AuditMetadata.TASK_ID,
                        AuditMetadata.PROCESS_INSTANCE_ID))));
        subscribe(commandBus, ProjectProposal.class);
        subscribe(commandBus, CooperationRequest.class);
        subscribe(commandBus, ThematicAccount.class);
        subscribe(commandBus, FundContribution.class);
        gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    private <T> void subscribe(SimpleCommandBus commandBus, Class<T> aggregateType) {
        // the handlers are given the Board voting policy, as the application's configuration gives it (quorum 3)
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(aggregateType),
                new SimpleResourceParameterResolverFactory(Set.of(new BoardVotingPolicy(3))));
        EventSourcingRepository<T> repository = EventSourcingRepository.builder(aggregateType)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        AggregateAnnotationCommandHandler.<T>builder()
                .aggregateType(aggregateType)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(commandBus);
    }

    /**
     * The actor sends the command at that moment, with more metadata where the application adds some (a task's id
     * and process instance, the user's comment as {@code reason}). A refused command throws: the script is wrong.
     */
    void send(Instant at, Actor actor, Object command, Map<String, ?> moreMetaData) {
        Map<String, Object> metaData = actor.metaData();
        metaData.putAll(moreMetaData);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        GenericEventMessage.clock = Clock.fixed(at, ZoneOffset.UTC);
        gateway.sendAndWait(message);
    }

    /** Every event so far, in the order the store appended them. */
    List<DomainEventMessage<?>> events() {
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            return stream.map(event -> (DomainEventMessage<?>) event).<DomainEventMessage<?>>map(e -> e).toList();
        }
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }

    /**
     * Axon's in-memory storage finds an aggregate's events by scanning every event it holds, so that making a chunk
     * would take time in the square of its size; this one keeps each aggregate's events at hand as well.
     */
    private static final class AggregateIndexedStorage extends InMemoryEventStorageEngine {

        private final Map<String, List<DomainEventMessage<?>>> byAggregate = new HashMap<>();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            super.appendEvents(events);
            if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase().isBefore(UnitOfWork.Phase.COMMIT)) {
                CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> index(events));
            } else {
                index(events);
            }
        }

        private void index(List<? extends EventMessage<?>> events) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    byAggregate.computeIfAbsent(domainEvent.getAggregateIdentifier(), id -> new ArrayList<>())
                            .add(domainEvent);
                }
            }
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            AtomicReference<Long> lastSequenceNumber = new AtomicReference<>();
            return DomainEventStream.of(byAggregate.getOrDefault(aggregateIdentifier, List.of()).stream()
                    .filter(event -> event.getSequenceNumber() >= firstSequenceNumber)
                    .peek(event -> lastSequenceNumber.set(event.getSequenceNumber())), lastSequenceNumber::get);
        }
    }
}
