package org.cooperaflow.app.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A proposal names only needs of the public catalog; a receipt is never dated in the future. */
class ProposalReferencesIT extends IntegrationTest {

    @Test
    void aProposalMayAddressOnlyPublishedNeeds() {
        String draftNeed = as("officer-jm").post("/api/cooperation-requests", Map.of(
                "memberState", "JM", "title", "Rural schools", "description", "Digital classrooms",
                "priority", "EDUCATION", "sdgs", List.of(4), "nationalPlanReference", "Vision 2030",
                "modality", "SOUTH_SOUTH", "estimatedBudget", Map.of("amount", "1000.00", "currency", "USD")))
                .json().get("id").asText();
        for (String need : List.of("11111111-1111-1111-1111-111111111111", draftNeed)) {
            Map<String, Object> body = new HashMap<>(proposalBody("JM", "Addressing a need"));
            body.put("cooperationRequestIds", List.of(need));
            int before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class);

            ApiClient.Response refused = as("officer-jm").post("/api/proposals", body);

            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("cooperationRequestIds[0]");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class)).isEqualTo(before);
        }
    }

    @Test
    void aReceiptDatedInTheFutureIsRefused() {
        String contribution = as("fund").post("/api/contributions", Map.of(
                "contributor", Map.of("type", "PRIVATE_SECTOR", "name", "Acme Foundation"),
                "modality", "MULTILATERAL", "kind", "CASH",
                "pledged", Map.of("amount", "1000.00", "currency", "USD"))).json().get("id").asText();

        ApiClient.Response refused = as("fund").post("/api/contributions/" + contribution + "/receipts", Map.of(
                "amount", Map.of("amount", "100.00", "currency", "USD"), "receivedOn", "2099-01-01", "usdRate", "1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("receivedOn");
        assertThat(storedEvents(contribution, "ContributionReceivedEvent")).isZero();
    }
}
