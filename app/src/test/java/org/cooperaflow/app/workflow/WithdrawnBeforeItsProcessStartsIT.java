package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.junit.jupiter.api.Test;

/**
 * The workflow processor may reach a submission only after the member state has already withdrawn the case (it
 * runs behind the commands). The case's process is then not started, rather than started with a first step that
 * fails on the withdrawn case for ever, which stopped the workflow processor for every case.
 */
class WithdrawnBeforeItsProcessStartsIT extends IntegrationTest {

    @Test
    void aCaseWithdrawnBeforeTheWorkflowProcessorSawItsSubmissionStartsNoProcessAndStopsNothing() {
        ApiClient officer = as("officer-jm");
        StreamingEventProcessor workflow = eventProcessing
                .eventProcessor(WorkflowProcessingGroup.NAME, StreamingEventProcessor.class).orElseThrow();
        String proposal;
        String request;
        workflow.shutDown();
        try {
            proposal = created(officer.post("/api/proposals", proposalBody("JM", "Withdrawn at once")));
            ok(officer.post("/api/proposals/" + proposal + "/submit", null));
            ok(officer.post("/api/proposals/" + proposal + "/withdraw", null));
            request = created(officer.post("/api/cooperation-requests",
                    Bodies.cooperationRequest("JM", "Withdrawn at once")));
            ok(officer.post("/api/cooperation-requests/" + request + "/submit", null));
            ok(officer.post("/api/cooperation-requests/" + request + "/withdraw", null));
        } finally {
            workflow.start();
        }
        String next = created(officer.post("/api/proposals", proposalBody("JM", "Submitted after them")));
        ok(officer.post("/api/proposals/" + next + "/submit", null));
        awaitProcessorsCaughtUp();

        assertThat(workflow.processingStatus().values()).noneMatch(EventTrackerStatus::isErrorState);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_hi_procinst WHERE business_key_ IN (?, ?)",
                Integer.class, proposal, request)).isZero();
        awaitTask("secretariat", next, "Task_ScreenProposal");
        assertThat(as("officer-jm").get("/api/proposals/" + proposal).json().get("stage").asText())
                .isEqualTo("WITHDRAWN");
    }
}
