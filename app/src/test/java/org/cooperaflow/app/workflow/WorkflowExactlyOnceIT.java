package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.camunda.bpm.engine.HistoryService;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guarantee 2: events drive processes exactly once (ADR 0004): a replay of the processor starts
 * nothing, and an event delivered a second time after a crash finds its instance by business key.
 */
class WorkflowExactlyOnceIT extends IntegrationTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    TokenStore tokenStore;

    @Test
    void replayingProposalSubmittedDoesNotStartASecondProcessInstance() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/proposals", proposalBody("JM", "Early childhood nutrition")).json().get("id").asText();
        officer.post("/api/proposals/" + id + "/submit", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> processInstances(id) == 1);
        awaitProcessorsCaughtUp();

        StreamingEventProcessor workflow = eventProcessing
                .eventProcessor(WorkflowProcessingGroup.NAME, StreamingEventProcessor.class).orElseThrow();
        workflow.shutDown();
        workflow.resetTokens();
        TrackingToken reset = tokenStore.fetchToken(WorkflowProcessingGroup.NAME, 0);
        assertThat(reset == null || reset.position().orElse(0) == 0)
                .as("the token went back to the start, so every event is delivered again: %s", reset).isTrue();
        workflow.start();
        awaitProcessorsCaughtUp();

        assertThat(processInstances(id)).isEqualTo(1);
        // every segment went through the replayed history (a replay ends only at the first event past it: ADR 0004)
        assertThat(workflow.processingStatus().values())
                .allSatisfy(status -> assertThat(status.getCurrentPosition().orElse(0)).isGreaterThan(0));
    }

    @Test
    void redeliveringProposalSubmittedAfterACrashDoesNotStartASecondProcessInstance() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/proposals", proposalBody("JM", "School feeding")).json().get("id").asText();
        officer.post("/api/proposals/" + id + "/submit", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> processInstances(id) == 1);
        awaitProcessorsCaughtUp();
        Long submitted = jdbc.queryForObject("SELECT globalIndex FROM domainevententry WHERE aggregateIdentifier = ?"
                + " AND payloadType LIKE '%.ProposalSubmittedEvent'", Long.class, id);

        // as after a crash between the handler and its token update: the token is behind the
        // event, with no replay marker, so the handler really receives the event a second time
        StreamingEventProcessor workflow = eventProcessing
                .eventProcessor(WorkflowProcessingGroup.NAME, StreamingEventProcessor.class).orElseThrow();
        workflow.shutDown();
        // every segment, so the one the case falls in is among them
        for (int segment : tokenStore.fetchSegments(WorkflowProcessingGroup.NAME)) {
            tokenStore.storeToken(GapAwareTrackingToken.newInstance(submitted - 1, Collections.emptySet()),
                    WorkflowProcessingGroup.NAME, segment);
        }
        workflow.start();
        awaitProcessorsCaughtUp();

        assertThat(workflow.processingStatus().values()).noneMatch(EventTrackerStatus::isReplaying);
        assertThat(processInstances(id)).isEqualTo(1);
    }

    private long processInstances(String proposalId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProposalLifecycleProcess.KEY)
                .processInstanceBusinessKey(proposalId)
                .count();
    }
}
