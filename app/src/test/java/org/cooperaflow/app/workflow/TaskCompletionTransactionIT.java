package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Guarantee 1: completing a task is one transaction. The domain command and the Camunda task
 * completion commit together or not at all (ADR 0003).
 */
class TaskCompletionTransactionIT extends IntegrationTest {

    @Test
    void aCommandTheAggregateRefusesLeavesTheTaskOpenAndWritesNoEvent() {
        String proposalId = submittedProposal();
        String taskId = screeningTask(proposalId);

        // returning a proposal as incomplete needs a comment saying what is missing
        ApiClient.Response refused = as("secretariat").post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "INCOMPLETE"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("reason-required");
        assertThat(as("secretariat").get("/api/tasks/" + taskId).status()).isEqualTo(200);
        assertThat(storedEvents(proposalId, "ProposalScreenedEvent")).isZero();
        assertThat(as("secretariat").get("/api/proposals/" + proposalId).json().get("stage").asText())
                .isEqualTo("SCREENING");
    }

    @Test
    void whenTheTaskCompletionFailsAfterTheCommandWasAcceptedNoEventRemains() {
        String proposalId = submittedProposal();
        String taskId = screeningTask(proposalId);
        // someone else completed the task in Camunda at the same moment
        doThrow(new OptimisticLockingException("task " + taskId + " was updated by another transaction"))
                .when(camundaTaskRows).complete(eq(taskId), any(), anyMap());

        ApiClient.Response failed = as("secretariat").post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "COMPLETE", "comment", "Complete"));

        assertThat(failed.status()).as(failed.text()).isEqualTo(409);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.json().get("rule").asText()).isEqualTo("case-changed");
        assertThat(failed.json().get("detail").asText())
                .isEqualTo("The case changed at the same moment through another action; reload it and try again");
        assertThat(storedEvents(proposalId, "ProposalScreenedEvent")).isZero();
        assertThat(as("secretariat").get("/api/tasks/" + taskId).status()).isEqualTo(200);
        assertThat(as("secretariat").get("/api/proposals/" + proposalId).json().get("stage").asText())
                .isEqualTo("SCREENING");

        // the retry acts on the proposal as stored: the screening the rolled-back transaction applied to it in
        // memory went with that transaction (ADR 0033)
        Mockito.reset(camundaTaskRows);
        ApiClient.Response retried = as("secretariat").post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "COMPLETE", "comment", "Complete"));

        assertThat(retried.status()).as(retried.text()).isEqualTo(204);
        assertThat(storedEvents(proposalId, "ProposalScreenedEvent")).isEqualTo(1);
    }

    @Test
    void aUserWhoIsNotACandidateCannotCompleteTheTask() {
        String proposalId = submittedProposal();
        String taskId = screeningTask(proposalId);

        ApiClient.Response forbidden = as("eligibility").post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "COMPLETE"));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents(proposalId, "ProposalScreenedEvent")).isZero();
    }

    @Test
    void anUnknownOutcomeIsABadRequestNamingTheField() {
        String proposalId = submittedProposal();
        String taskId = screeningTask(proposalId);

        ApiClient.Response bad = as("secretariat").post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", "MAYBE"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        assertThat(storedEvents(proposalId, "ProposalScreenedEvent")).isZero();
    }

    private String submittedProposal() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/proposals", proposalBody("JM", "Coastal resilience")).json().get("id").asText();
        assertThat(officer.post("/api/proposals/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }

    private String screeningTask(String proposalId) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("secretariat").get("/api/tasks?caseId=" + proposalId).json().get("items"), t -> t.size() == 1);
        return tasks.get(0).get("id").asText();
    }
}
