package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.camunda.bpm.engine.HistoryService;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guarantee 2: events drive processes exactly once, even when the processor replays them (ADR 0004). */
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

        TrackingEventProcessor workflow = eventProcessing
                .eventProcessor(WorkflowProcessingGroup.NAME, TrackingEventProcessor.class).orElseThrow();
        workflow.shutDown();
        workflow.resetTokens();
        TrackingToken reset = tokenStore.fetchToken(WorkflowProcessingGroup.NAME, 0);
        assertThat(reset == null || reset.position().orElse(0) == 0)
                .as("the token went back to the start, so every event is delivered again: %s", reset).isTrue();
        workflow.start();
        awaitProcessorsCaughtUp();

        assertThat(processInstances(id)).isEqualTo(1);
        assertThat(tokenStore.fetchToken(WorkflowProcessingGroup.NAME, 0).position().orElse(0))
                .isGreaterThan(0);
    }

    private long processInstances(String proposalId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProposalLifecycleProcess.KEY)
                .processInstanceBusinessKey(proposalId)
                .count();
    }
}
