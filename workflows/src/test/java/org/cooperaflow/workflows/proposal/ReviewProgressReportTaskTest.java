package org.cooperaflow.workflows.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Variables;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.junit.jupiter.api.Test;

/** The process routes an accepted report on what the aggregate recorded about it, never on what a client typed. */
class ReviewProgressReportTaskTest {

    private static final String CASE = "proposal-1";

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ReviewProgressReportTask review = new ReviewProgressReportTask(
            new TaskData(new ObjectMapper().findAndRegisterModules(), Validation.buildDefaultValidatorFactory().getValidator()),
            new CaseFacts(store));

    @Test
    void anAcceptedFinalReportLeadsToTheEvaluation() {
        accepted(0, "2027-Q1", false);
        accepted(1, "2027-Q2", true);

        assertThat(review.variables(CASE, completion(Outcomes.ACCEPT)))
                .containsEntry(Variables.FINAL_REPORT, true).containsEntry(Variables.OUTCOME, Outcomes.ACCEPT);
    }

    @Test
    void anAcceptedReportThatIsNotFinalOpensTheNextPeriodWhateverTheClientSent() {
        accepted(0, "2027-Q1", false);

        assertThat(review.variables(CASE, new TaskCompletion(Outcomes.ACCEPT, null, Map.of("final", true))))
                .containsEntry(Variables.FINAL_REPORT, false);
    }

    @Test
    void requestedChangesNeverLeadToTheEvaluation() {
        accepted(0, "2027-Q1", true);

        assertThat(review.variables(CASE, completion(Outcomes.REQUEST_CHANGES)))
                .containsEntry(Variables.FINAL_REPORT, false);
    }

    private void accepted(long sequence, String period, boolean finalReport) {
        store.publish(List.of(new GenericDomainEventMessage<>("ProjectProposal", CASE, sequence,
                new ProgressReportAcceptedEvent(CASE, period, finalReport))));
    }

    private static TaskCompletion completion(String outcome) {
        return new TaskCompletion(outcome, null, Map.of());
    }
}
