package org.cooperaflow.app.config;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.cooperaflow.app.deadletters.DeadLetterConfiguration;
import org.cooperaflow.domain.fund.FundContribution;
import org.cooperaflow.domain.fund.ThematicAccount;
import org.cooperaflow.domain.offer.CooperationOffer;
import org.cooperaflow.domain.proposal.BoardVotingPolicy;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.cooperaflow.domain.proposal.upcasting.ProposalDraftedEventUpcaster;
import org.cooperaflow.domain.request.CooperationRequest;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.projections.audit.AuditChainProjection;
import org.cooperaflow.projections.batch.ReadsEventTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon on the JDBC event store. The aggregates are registered here so that the domain module
 * needs no Spring (ADR 0002), with no cache that outlives a transaction: a command rolled back with an outer
 * transaction must not leave its state behind ({@link TransactionScopedAggregateCache}, ADR 0033). Every event
 * handler propagates its errors, so a failed event is retried and its token does not move (ADR 0004).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    ConfigurerModule aggregates(@Value("${cooperaflow.snapshots.proposal-threshold:50}") int proposalSnapshotThreshold) {
        return configurer -> configurer
                .configureAggregate(cachedInTransaction(ProjectProposal.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(
                                proposalSnapshotter(c), proposalSnapshotThreshold)))
                .configureAggregate(cachedInTransaction(CooperationRequest.class))
                .configureAggregate(cachedInTransaction(CooperationOffer.class))
                .configureAggregate(cachedInTransaction(ThematicAccount.class))
                .configureAggregate(cachedInTransaction(FundContribution.class));
    }

    /** An aggregate that a transaction event-sources once, however many of its commands it sends (ADR 0033). */
    private static <A> AggregateConfigurer<A> cachedInTransaction(Class<A> aggregate) {
        return AggregateConfigurer.defaultConfiguration(aggregate)
                .configureCache(c -> new TransactionScopedAggregateCache());
    }

    /**
     * Spring's own snapshotter only knows aggregates declared as Spring beans ({@code @Aggregate}),
     * so the proposal gets one of its own: same event store, same handler definitions (the
     * handlers read audit metadata), run in its own transaction after the command's commits. Its aggregate
     * factory inspects the proposal with the application's parameter resolvers, which give the decision
     * handler its {@link BoardVotingPolicy} bean.
     */
    private static Snapshotter proposalSnapshotter(org.axonframework.config.Configuration c) {
        return AggregateSnapshotter.builder()
                .eventStore(c.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        ProjectProposal.class, c.parameterResolverFactory(),
                        c.handlerDefinition(ProjectProposal.class))))
                .parameterResolverFactory(c.parameterResolverFactory())
                .handlerDefinition(c.handlerDefinition(ProjectProposal.class))
                .transactionManager(c.getComponent(TransactionManager.class))
                .build();
    }

    /**
     * Axon's JDBC event store as Axon's Spring Boot configuration builds it, but reading 1,000 events per query
     * instead of 100: a read model catching up fetches its events in fewer round trips (ADR 0017); and parsing the
     * time of each event it reads once (ADR 0028); and an aggregate's events in one query, not two (ADR 0029).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          @Value("${cooperaflow.event-store.fetch-size:1000}") int fetchSize) {
        return new TimedJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager), fetchSize);
    }

    /**
     * The Board voting policy the proposal's decision handler is given (Axon resolves a handler's parameter from the
     * Spring beans): the quorum of non-recused votes is configuration, {@code cooperaflow.board.quorum}, set once in
     * application.yml; no command carries it.
     */
    @Bean
    BoardVotingPolicy boardVotingPolicy(@Value("${cooperaflow.board.quorum}") int quorum) {
        return new BoardVotingPolicy(quorum);
    }

    /** Reads proposal details stored in the first (revision 0) shape. */
    @Bean
    ProposalDraftedEventUpcaster proposalDraftedEventUpcaster() {
        return new ProposalDraftedEventUpcaster();
    }

    /**
     * Axon's event processing as its Spring Boot configuration makes it, but each tracking processor asks its handlers
     * whether they take an event's type once per type, not about every event read, and skips the types its read
     * model does not read (ADR 0029).
     */
    @Bean
    EventProcessingModule eventProcessingModule(ObjectProvider<ReadsEventTypes> readModels) {
        return new EventProcessingModule() {
            @Override
            protected EventProcessor trackingEventProcessor(String name, EventHandlerInvoker invoker,
                                                            TrackingEventProcessorConfiguration config,
                                                            StreamableMessageSource<TrackedEventMessage<?>> source) {
                return super.trackingEventProcessor(name,
                        TypeFilteringEventHandlerInvoker.filtering(invoker, readModels.stream().toList()), config,
                        source);
            }
        };
    }

    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return ReadModelCorrelation.skippedInReadModels(new MessageOriginProvider());
    }

    /** Copies who, why and which task from a command onto the events it causes. */
    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return ReadModelCorrelation.skippedInReadModels(new SimpleCorrelationDataProvider(AuditMetadata.ACTOR,
                AuditMetadata.ACTOR_ROLES, AuditMetadata.ACTOR_MEMBER_STATE, AuditMetadata.REASON,
                AuditMetadata.TASK_ID, AuditMetadata.PROCESS_INSTANCE_ID));
    }

    /** The read models send no messages: no correlation data is made for them (ADR 0028). */
    @Bean
    ConfigurerModule noCorrelationDataInReadModels() {
        List<String> readModels = new ArrayList<>(DeadLetterConfiguration.READ_MODELS);
        readModels.add(AuditChainProjection.PROCESSING_GROUP);
        return configurer -> readModels.forEach(readModel -> configurer.eventProcessing()
                .registerHandlerInterceptor(readModel, c -> ReadModelCorrelation.marker()));
    }

    /** The event processors look for a command's events as soon as its (outer) transaction commits. */
    @Bean
    ConfigurerModule wakeEventStoreAfterCommit() {
        return configurer -> configurer.onInitialize(c -> c.onStart(
                () -> c.commandBus().registerHandlerInterceptor(new EventStoreWakeUp(c.eventBus()))));
    }
}
