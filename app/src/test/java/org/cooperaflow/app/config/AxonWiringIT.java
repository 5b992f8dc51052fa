package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** How Axon is put together here, seen in the running application. */
class AxonWiringIT extends IntegrationTest {

    @Autowired
    private org.axonframework.config.Configuration axon;

    @Autowired
    private PlatformTransactionManager transactions;

    /**
     * Axon registers the command interceptor beans with the command bus and gateway itself; registered a second time
     * by hand, every command took its case lock twice.
     */
    @Test
    void everyCommandTakesItsCaseLockOnce() {
        ApiClient officer = as("officer-jm");
        String id = created(officer.post("/api/proposals", proposalBody("JM", "One lock per command")));
        verify(caseLocks, times(1)).lock(id);

        ApiClient.Response revised = officer.put("/api/proposals/" + id, proposalBody("JM", "Still one lock"));

        assertThat(revised.status()).as(revised.text()).isEqualTo(200);
        verify(caseLocks, times(2)).lock(id);
        assertThat(storedEvents(id, "ProposalDraftUpdatedEvent")).isEqualTo(1);
    }

    /**
     * The event processing module of ADR 0029 is the one Axon uses: every processor asks about a type once, and those
     * of the read models that tell the types they read skip the others.
     */
    @Test
    void everyTrackingProcessorFiltersEventsByType() {
        assertThat(eventProcessing.eventProcessors().values()).isNotEmpty().allSatisfy((EventProcessor processor) -> {
            assertThat(processor).isInstanceOf(TrackingEventProcessor.class);
            assertThat(((TrackingEventProcessor) processor).eventHandlerInvoker())
                    .isInstanceOf(TypeFilteringEventHandlerInvoker.class);
        });
        for (String readModel : List.of("stages", "iati")) {
            assertThat(invoker(readModel).canHandleType(BoardVoteCastEvent.class)).as(readModel).isFalse();
            assertThat(invoker(readModel).canHandleType(ProposalSubmittedEvent.class)).as(readModel).isTrue();
        }
        assertThat(invoker("proposals").canHandleType(BoardVoteCastEvent.class)).isTrue();
        assertThat(invoker("proposals").canHandleType(ContributionPledgedEvent.class)).isFalse();
        assertThat(invoker("audit-chain").canHandleType(BoardVoteCastEvent.class)).isTrue();
        assertThat(invoker("iati").canHandleType(ContributionPledgedEvent.class)).isTrue();
    }

    private EventHandlerInvoker invoker(String processor) {
        return eventProcessing.eventProcessor(processor, TrackingEventProcessor.class).orElseThrow()
                .eventHandlerInvoker();
    }

    /**
     * Two commands to one proposal in one transaction (a completion and the process step it starts) event-source it
     * once: the second unit of work gets the aggregate the first left. Another transaction reads the store again, so
     * nothing a rolled-back transaction did can reach it (ADR 0033).
     */
    @Test
    void aTransactionEventSourcesAnAggregateOnceAndKeepsItToItself() {
        String id = created(as("officer-jm").post("/api/proposals", proposalBody("JM", "Loaded once")));
        Repository<ProjectProposal> proposals = axon.repository(ProjectProposal.class);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        List<ProjectProposal> inOne = transaction.execute(status -> List.of(loaded(proposals, id), loaded(proposals, id)));
        ProjectProposal inAnother = transaction.execute(status -> loaded(proposals, id));
        ProjectProposal rolledBack = transaction.execute(status -> {
            status.setRollbackOnly();
            return loaded(proposals, id);
        });
        ProjectProposal afterTheRollback = transaction.execute(status -> loaded(proposals, id));

        assertThat(inOne.get(1)).isSameAs(inOne.get(0));
        assertThat(inAnother).isNotSameAs(inOne.get(0));
        assertThat(rolledBack).isNotSameAs(inAnother);
        assertThat(afterTheRollback).isNotSameAs(rolledBack);
        assertThat(loaded(proposals, id)).as("outside a transaction").isNotSameAs(loaded(proposals, id));
    }

    /** The proposal's root as a unit of work of its own loads it, as a command's does. */
    private static ProjectProposal loaded(Repository<ProjectProposal> proposals, String id) {
        return DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> proposals.load(id).invoke(root -> root)).getPayload();
    }
}
