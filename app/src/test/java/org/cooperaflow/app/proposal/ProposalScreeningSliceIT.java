package org.cooperaflow.app.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The first slice end to end over HTTP: an officer drafts and submits a proposal, the
 * lifecycle process opens the screening task, the secretariat completes it, and the proposal
 * moves from SCREENING to ELIGIBILITY.
 */
class ProposalScreeningSliceIT extends IntegrationTest {

    @Test
    void officerSubmitsAndSecretariatScreensTheProposalIntoEligibility() {
        ApiClient officer = as("officer-jm");
        ApiClient secretariat = as("secretariat");

        ApiClient.Response drafted = officer.post("/api/proposals", proposalBody("JM", "Teacher training in digital skills"));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.json().get("id").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/proposals/" + id);
        assertThat(drafted.json().get("stage").asText()).isEqualTo("DRAFT");
        assertThat(drafted.json().get("requestedAmount").get("amount").asText()).isEqualTo("150000.00");

        ApiClient.Response submitted = officer.post("/api/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);

        JsonNode task = await().atMost(Duration.ofSeconds(20)).until(
                () -> single(secretariat.get("/api/tasks?caseId=" + id).json().get("items")), t -> t != null);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ScreenProposal");
        assertThat(task.get("caseId").asText()).isEqualTo(id);
        assertThat(texts(task.get("allowedOutcomes"))).containsExactly("COMPLETE", "INCOMPLETE");
        assertThat(texts(task.get("candidateGroups"))).containsExactly("secretariat");

        JsonNode screening = officer.get("/api/proposals/" + id).json();
        assertThat(screening.get("stage").asText()).isEqualTo("SCREENING");
        assertThat(texts(screening.get("openTasks").findValues("taskDefinitionKey")))
                .containsExactly("Task_ScreenProposal");

        ApiClient.Response completed = secretariat.post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", "COMPLETE", "comment", "All annexes present"));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);

        JsonNode proposal = officer.get("/api/proposals/" + id).json();
        assertThat(proposal.get("stage").asText()).isEqualTo("ELIGIBILITY");
        // what the eligibility officer confirms or overrides: the rules' finding, with its decision version
        JsonNode eligibility = proposal.get("eligibilityAssessment");
        assertThat(eligibility.get("decisionKey").asText()).isEqualTo("FcdEligibility");
        assertThat(eligibility.get("decisionVersion").asInt()).isPositive();
        assertThat(eligibility.get("eligibleByRules").asBoolean()).isTrue();
        assertThat(eligibility.get("reasons")).isEmpty();
        assertThat(eligibility.get("inputs").get("durationMonths").asInt()).isEqualTo(18);
        List<String> stages = texts(proposal.get("history").findValues("stage"));
        assertThat(stages).containsSubsequence("DRAFT", "SUBMITTED", "SCREENING", "ELIGIBILITY");
        assertThat(secretariat.get("/api/tasks?caseId=" + id).json().get("items").findValues("taskDefinitionKey").stream()
                .map(JsonNode::asText)).doesNotContain("Task_ScreenProposal");

        // who did what: the secretariat screened, with their comment and task; the rules were
        // evaluated by the process, although it ran inside the secretariat's request
        assertThat(metaData(id, "ProposalScreenedEvent"))
                .contains("\"actor\":\"secretariat\"", "\"reason\":\"All annexes present\"",
                        "\"taskId\":\"" + task.get("id").asText() + "\"");
        assertThat(metaData(id, "EligibilityAssessedEvent")).contains("\"actor\":\"system\"");
    }

    private String metaData(String proposalId, String eventType) {
        return jdbc.queryForObject("SELECT convert_from(metaData, 'UTF8') FROM domainevententry"
                + " WHERE aggregateIdentifier = ? AND payloadType LIKE ?", String.class, proposalId, "%." + eventType);
    }

    @Test
    void theListShowsTheSubmittedProposalToTheSecretariat() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/proposals", proposalBody("JM", "Water quality monitoring")).json().get("id").asText();
        officer.post("/api/proposals/" + id + "/submit", null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = as("secretariat").get("/api/proposals?memberState=JM&size=500").json();
            assertThat(page.get("items").findValues("id").stream().map(JsonNode::asText)).contains(id);
        });
        JsonNode line = as("secretariat").get("/api/proposals?memberState=JM&size=500").json().get("items").findParents("id")
                .stream().filter(item -> item.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(line.get("requestedAmount").get("amount").asText()).isEqualTo("150000.00");
        assertThat(line.get("requestedAmount").get("currency").asText()).isEqualTo("USD");

        ApiClient.Response unknownState = as("secretariat").get("/api/proposals?memberState=XX");
        assertThat(unknownState.status()).isEqualTo(400);
        assertThat(unknownState.json().get("errors").get(0).get("field").asText()).isEqualTo("memberState");
    }

    private static JsonNode single(JsonNode array) {
        return array != null && array.isArray() && array.size() == 1 ? array.get(0) : null;
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
