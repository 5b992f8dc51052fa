package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.junit.jupiter.api.Test;

/** How Axon is put together here, seen in the running application. */
class AxonWiringIT extends IntegrationTest {

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
}
