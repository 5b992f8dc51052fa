package org.cooperaflow.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A member-state officer never sees, nor acts on, another state's drafts: officer-co gets 403
 * or 404 on every read and write of Jamaica's draft proposal and draft cooperation request,
 * never finds the proposal in a list, and the drafts stay as they were.
 */
class OfficerIsolationIT extends IntegrationTest {

    @Test
    void anOfficerOfColombiaCanNeitherReadNorChangeJamaicasDrafts() {
        ApiClient jamaica = as("officer-jm");
        ApiClient colombia = as("officer-co");
        ApiClient.Response draftedProposal = jamaica.post("/api/proposals",
                proposalBody("JM", "Isolation check: Jamaican draft proposal"));
        assertThat(draftedProposal.status()).as(draftedProposal.text()).isEqualTo(201);
        String proposalId = draftedProposal.json().get("id").asText();
        ApiClient.Response draftedRequest = jamaica.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Isolation check: Jamaican draft need"));
        assertThat(draftedRequest.status()).as(draftedRequest.text()).isEqualTo(201);
        String requestId = draftedRequest.json().get("id").asText();

        String proposal = "/api/proposals/" + proposalId;
        String request = "/api/cooperation-requests/" + requestId;
        List<ApiClient.Response> attempts = List.of(
                colombia.get(proposal),
                colombia.get(proposal + "?asOf=" + Instant.now()),
                colombia.put(proposal, proposalBody("JM", "Rewritten by Colombia")),
                colombia.put(proposal, proposalBody("CO", "Rewritten by Colombia")),
                colombia.post(proposal + "/submit", null),
                colombia.post(proposal + "/resubmit", null),
                colombia.post(proposal + "/withdraw", null),
                colombia.get(request),
                colombia.post(request + "/submit", null),
                colombia.post(request + "/withdraw", null));
        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).as(response.text()).isIn(403, 404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).doesNotContain("Isolation check");
        });

        ApiClient.Response otherStatesRequest = colombia.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Filed by Colombia for Jamaica"));
        assertThat(otherStatesRequest.status()).as(otherStatesRequest.text()).isEqualTo(403);

        awaitProcessorsCaughtUp();
        for (String query : List.of("", "?memberState=JM", "?stage=DRAFT", "?stage=DRAFT&memberState=JM&size=500")) {
            JsonNode page = colombia.get("/api/proposals" + query).json();
            assertThat(ids(page.get("items"))).as("officer-co's list " + query).doesNotContain(proposalId);
        }
        assertThat(ids(jamaica.get("/api/proposals?stage=DRAFT&size=500").json().get("items"))).contains(proposalId);

        assertThat(jamaica.get(proposal).json().get("stage").asText()).isEqualTo("DRAFT");
        assertThat(jamaica.get(proposal).json().get("title").asText()).isEqualTo("Isolation check: Jamaican draft proposal");
        assertThat(jamaica.get(request).json().get("stage").asText()).isEqualTo("DRAFT");
        assertThat(eventsOf(proposalId)).isEqualTo(1);
        assertThat(eventsOf(requestId)).isEqualTo(1);
    }

    @Test
    void aDraftNeedIsHiddenFromEveryoneButItsStatesOfficersUntilSubmitted() {
        ApiClient jamaica = as("officer-jm");
        String id = jamaica.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Coastal resilience planning")).json().get("id").asText();
        String path = "/api/cooperation-requests/" + id;
        for (String user : List.of("secretariat", "manager", "auditor", "admin", "officer-co")) {
            assertThat(as(user).get(path).status()).as(user + " reads the draft").isEqualTo(404);
        }

        ApiClient.Response submitted = jamaica.post(path + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        for (String user : List.of("secretariat", "manager", "auditor", "admin", "board2", "fund")) {
            ApiClient.Response read = as(user).get(path);
            assertThat(read.status()).as(user + " reads the submitted need: " + read.text()).isEqualTo(200);
        }
        assertThat(as("officer-co").get(path).status()).isEqualTo(404);
    }

    @Test
    void aPublishedNeedIsReadByEveryOfficerAsTheCatalogShowsIt() {
        ApiClient jamaica = as("officer-jm");
        String id = created(jamaica.post("/api/cooperation-requests", Map.of("memberState", "JM",
                "title", "Published for every state to read", "description", "Teacher training in rural schools",
                "priority", "EDUCATION", "sdgs", List.of(4), "nationalPlanReference", "Vision 2030 Jamaica",
                "modality", "SOUTH_SOUTH", "estimatedBudget", usd("50000.00"))));
        ok(jamaica.post("/api/cooperation-requests/" + id + "/submit", null));
        String path = "/api/cooperation-requests/" + id;
        assertThat(as("officer-co").get(path).status()).as("under diagnosis: not yet").isEqualTo(404);

        String diagnosis = awaitTask("secretariat", id, "Task_DiagnoseNeed");
        noContent(completeTask("secretariat", diagnosis, "PUBLISH", Map.of()));
        awaitProcessorsCaughtUp();

        ApiClient.Response read = as("officer-co").get(path);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(as("officer-co").post(path + "/withdraw", null).status()).as("but not theirs to act on")
                .isEqualTo(403);
    }

    private int eventsOf(String aggregateId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ?",
                Integer.class, aggregateId);
        return count == null ? 0 : count;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
