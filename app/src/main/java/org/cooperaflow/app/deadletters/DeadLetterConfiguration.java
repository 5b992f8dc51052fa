package org.cooperaflow.app.deadletters;

import java.util.List;
import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.cooperaflow.projections.accounts.ThematicAccountProjection;
import org.cooperaflow.projections.alignment.AlignmentProjection;
import org.cooperaflow.projections.catalog.NeedsCatalogProjection;
import org.cooperaflow.projections.funding.FundingProjection;
import org.cooperaflow.projections.iati.IatiProjection;
import org.cooperaflow.projections.offers.OffersCatalogProjection;
import org.cooperaflow.projections.proposals.ProposalListProjection;
import org.cooperaflow.projections.requests.CooperationRequestIndexProjection;
import org.cooperaflow.projections.stages.StageDashboardProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every read model parks, per case, the events it cannot take in Axon's JDBC dead-letter queue (table
 * {@code deadletterentry}), and goes on with every other case (ADR 0021). Two processors have none, on purpose: the
 * audit chain must hold every event in the store's order (it hashes stored bytes and reads no payload), and the
 * workflow processor starts and moves processes: a missed process start must stop it loudly, an incident the health
 * endpoint shows, never a letter parked aside.
 */
@Configuration
public class DeadLetterConfiguration {

    /** The processing groups with a dead-letter queue. */
    public static final List<String> READ_MODELS = List.of(ProposalListProjection.PROCESSING_GROUP,
            StageDashboardProjection.PROCESSING_GROUP, AlignmentProjection.PROCESSING_GROUP,
            FundingProjection.PROCESSING_GROUP, ThematicAccountProjection.PROCESSING_GROUP,
            NeedsCatalogProjection.PROCESSING_GROUP, CooperationRequestIndexProjection.PROCESSING_GROUP,
            IatiProjection.PROCESSING_GROUP,
            OffersCatalogProjection.PROCESSING_GROUP);

    @Bean
    PoisonEvents poisonEvents() {
        return new PoisonEvents(Set.copyOf(READ_MODELS));
    }

    @Bean
    ConfigurerModule readModelDeadLetterQueues(ConnectionProvider connectionProvider, PoisonEvents poisonEvents,
                                               PlatformTransactionManager transactions) {
        // an operator's retry runs in one transaction, and each letter in a savepoint of it: a letter that fails
        // again (a statement, or its batch's writes) rolls back to its savepoint, and the queue then records the
        // new cause in a transaction that still works
        SavepointTransactionManager letterTransactions = new SavepointTransactionManager(transactions);
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : READ_MODELS) {
                processing.registerDeadLetterQueue(group, c -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connectionProvider)
                                .transactionManager(c.getComponent(TransactionManager.class))
                                .genericSerializer(c.serializer())
                                .eventSerializer(c.eventSerializer())
                                .build())
                        .registerDeadLetterPolicy(group, c -> poisonEvents::decide)
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group, (c, builder) -> builder
                                // remembers which cases have letters, so that an event of a case without any is
                                // handled without asking the queue
                                .enableSequenceIdentifierCache()
                                // a rebuilt read model starts without letters: the replay parks again what fails
                                .allowReset(true)
                                .transactionManager(letterTransactions));
            }
        };
    }
}
