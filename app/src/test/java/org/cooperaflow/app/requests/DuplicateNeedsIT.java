package org.cooperaflow.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Diagnosing a need, the secretariat sees the needs it probably duplicates (same state or
 * priority, a shared SDG, a similar title) and can reject it as a duplicate.
 */
class DuplicateNeedsIT extends IntegrationTest {

    @Test
    void theSecretariatSeesLikelyDuplicatesWhileDiagnosingAndRejectsTheNeedAsADuplicate() {
        String first = submittedNeed("officer-jm", "JM", "Digital skills for rural primary school teachers", "EDUCATION", 4);
        String otherState = submittedNeed("officer-co", "CO", "Rural primary school teachers: digital skills", "EDUCATION", 4);
        String unrelated = submittedNeed("officer-jm", "JM", "Rural coastal flood early warning", "EDUCATION", 4, 13);
        String again = submittedNeed("officer-jm", "JM", "Digital skills of teachers in rural primary schools", "EDUCATION", 4);
        awaitProcessorsCaughtUp();

        JsonNode task = await().atMost(Duration.ofSeconds(20)).until(
                () -> as("secretariat").get("/api/tasks?caseId=" + again).json().get("items"), tasks -> tasks.size() == 1).get(0);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_DiagnoseNeed");

        JsonNode need = as("secretariat").get("/api/cooperation-requests/" + again).json();
        List<String> duplicates = need.get("possibleDuplicates").findValues("requestId").stream().map(JsonNode::asText).toList();
        assertThat(duplicates).contains(first, otherState).doesNotContain(unrelated, again);

        // an officer sees only the duplicates of their own state
        JsonNode asOfficer = as("officer-jm").get("/api/cooperation-requests/" + again).json();
        assertThat(asOfficer.get("possibleDuplicates").findValues("requestId").stream().map(JsonNode::asText))
                .contains(first).doesNotContain(otherState);

        ApiClient.Response noReason = as("secretariat").post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", "REJECT", "comment", "Same need as " + first));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValues("field").stream().map(JsonNode::asText)).contains("data.reason");

        ApiClient.Response rejected = as("secretariat").post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", "REJECT", "comment", "Same need as " + first, "data", Map.of("reason", "DUPLICATE")));
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(204);
        JsonNode after = as("secretariat").get("/api/cooperation-requests/" + again).json();
        assertThat(after.get("stage").asText()).isEqualTo("REJECTED");
        assertThat(after.get("rejectionReason").asText()).isEqualTo("DUPLICATE");
    }

    private String submittedNeed(String officer, String state, String title, String priority, Integer... sdgs) {
        ApiClient client = as(officer);
        ApiClient.Response drafted = client.post("/api/cooperation-requests", Map.of(
                "memberState", state, "title", title, "description", "What the ministry needs and why",
                "priority", priority, "sdgs", List.of(sdgs), "nationalPlanReference", "National development plan",
                "modality", "SOUTH_SOUTH", "estimatedBudget", Map.of("amount", "100000.00", "currency", "USD")));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        assertThat(client.post("/api/cooperation-requests/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }
}
