package org.cooperaflow.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A need withdrawn while the secretariat diagnoses it leaves no diagnosis open: the process ends with the request. */
class WithdrawnRequestEndsDiagnosisIT extends IntegrationTest {

    private static final String DIAGNOSE_NEED = "Task_DiagnoseNeed";

    @Test
    void withdrawingARequestUnderDiagnosisRemovesTheDiagnoseNeedTask() {
        ApiClient officer = as("officer-jm");
        ApiClient secretariat = as("secretariat");
        String id = officer.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Water management for small islands")).json().get("id").asText();
        ApiClient.Response submitted = officer.post("/api/cooperation-requests/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> taskKeys(secretariat, id).contains(DIAGNOSE_NEED));
        String taskId = secretariat.get("/api/tasks?caseId=" + id).json().get("items").get(0).get("id").asText();

        ApiClient.Response withdrawn = officer.post("/api/cooperation-requests/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        awaitProcessorsCaughtUp();

        assertThat(taskKeys(secretariat, id)).isEmpty();
        assertThat(secretariat.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        ApiClient.Response late = secretariat.post("/api/tasks/" + taskId + "/complete",
                java.util.Map.of("outcome", "PUBLISH"));
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).as("the task ended with the need; nobody completed it")
                .contains("was already ended").doesNotContain("completed");
        JsonNode request = officer.get("/api/cooperation-requests/" + id).json();
        assertThat(request.get("stage").asText()).isEqualTo("WITHDRAWN");
        Integer running = jdbc.queryForObject(
                "SELECT count(*) FROM act_ru_execution WHERE business_key_ = ?", Integer.class, id);
        assertThat(running).isZero();
    }

    private static List<String> taskKeys(ApiClient user, String caseId) {
        ApiClient.Response tasks = user.get("/api/tasks?caseId=" + caseId);
        assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        tasks.json().get("items").forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
        return keys;
    }
}
