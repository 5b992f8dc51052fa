package org.cooperaflow.app.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A member state's officer files a need, submits it and may withdraw it; the request is rebuilt from its events. */
class CooperationRequestApiIT extends IntegrationTest {

    @Test
    void anOfficerFilesSubmitsAndWithdrawsTheirStatesNeed() {
        ApiClient officer = as("officer-jm");
        ApiClient.Response drafted = officer.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Digital skills for rural teachers"));

        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        JsonNode request = drafted.json();
        String id = request.get("id").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/cooperation-requests/" + id);
        assertThat(request.get("stage").asText()).isEqualTo("DRAFT");
        assertThat(request.get("version").asLong()).isZero();
        assertThat(request.get("memberState").asText()).isEqualTo("JM");
        assertThat(request.get("priority").asText()).isEqualTo("EDUCATION");
        assertThat(request.get("sdgs").toString()).isEqualTo("[4]");
        assertThat(request.get("nationalPlanReference").asText()).isEqualTo("Vision 2030 Jamaica");
        assertThat(request.get("modality").asText()).isEqualTo("SOUTH_SOUTH");
        assertThat(request.get("estimatedBudget").get("amount").asText()).isEqualTo("100000.00");

        ApiClient.Response submitted = officer.post("/api/cooperation-requests/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("stage").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("submittedAt").isNull()).isFalse();
        assertThat(as("secretariat").get("/api/cooperation-requests/" + id).status()).isEqualTo(200);

        ApiClient.Response withdrawn = officer.post("/api/cooperation-requests/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        JsonNode after = officer.get("/api/cooperation-requests/" + id).json();
        assertThat(after.get("stage").asText()).isEqualTo("WITHDRAWN");
        List<String> stages = new ArrayList<>();
        after.get("history").forEach(visit -> stages.add(visit.get("stage").asText()));
        assertThat(stages).startsWith("DRAFT", "SUBMITTED").endsWith("WITHDRAWN");
        assertThat(after.get("history").get(0).get("leftAt").isNull()).isFalse();

        ApiClient.Response again = officer.post("/api/cooperation-requests/" + id + "/withdraw", null);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/cooperation-requests", Map.of("memberState", "JM", "title", "A bare idea"))
                .json().get("id").asText();
        ApiClient.Response refused = officer.post("/api/cooperation-requests/" + id + "/submit", null);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("incomplete-request");
        assertThat(refused.json().get("detail").asText()).contains("description", "priority", "sdgs");
    }

    @Test
    void onlyOfficersFileNeedsAndOnlyInUsd() {
        assertThat(as("secretariat").post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Filed by the secretariat")).status()).isEqualTo(403);
        ApiClient.Response euros = as("officer-jm").post("/api/cooperation-requests",
                Bodies.with(Bodies.cooperationRequest("JM", "Priced in euros"), "estimatedBudget.currency", "EUR"));
        assertThat(euros.status()).as(euros.text()).isEqualTo(422);
        assertThat(euros.json().get("rule").asText()).isEqualTo("currency-not-usd");
        assertThat(as("officer-jm").get("/api/cooperation-requests/no-such-request").status()).isEqualTo(404);
    }
}
