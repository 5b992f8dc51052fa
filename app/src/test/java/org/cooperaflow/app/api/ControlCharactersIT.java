package org.cooperaflow.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Text that no read model could store (U+0000 in PostgreSQL text) is refused at the door: once in
 * an event, it would stop every read model that copies it, for every case.
 */
class ControlCharactersIT extends IntegrationTest {

    @Test
    void textWithANulCharacterIsRefusedAndNothingIsWritten() {
        Map<String, Object> body = new HashMap<>(proposalBody("JM", "Teacher\u0000training"));
        int before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class);

        ApiClient.Response refused = as("officer-jm").post("/api/proposals", body);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Integer.class)).isEqualTo(before);
    }

    @Test
    void everyTextFieldOfTheApiRefusesControlCharacters() {
        ApiClient.Response account = as("fund").post("/api/accounts", Map.of("name", "Education\u0000window",
                "priorities", java.util.List.of("EDUCATION"),
                "projectCeiling", Map.of("amount", "250000.00", "currency", "USD")));
        assertThat(account.status()).isEqualTo(400);
        assertThat(account.json().get("errors").get(0).get("field").asText()).isEqualTo("name");

        ApiClient.Response comment = as("officer-jm").post("/api/cooperation-requests", Map.of(
                "memberState", "JM", "title", "Rural schools", "description", "bell\u0007",
                "priority", "EDUCATION", "sdgs", java.util.List.of(4), "nationalPlanReference", "Vision 2030",
                "modality", "SOUTH_SOUTH", "estimatedBudget", Map.of("amount", "1000.00", "currency", "USD")));
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.json().get("errors").get(0).get("field").asText()).isEqualTo("description");
    }
}
