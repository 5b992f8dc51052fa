package org.cooperaflow.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The fund manager opens thematic accounts; everyone signed in reads them; proposals must name one that exists. */
class ThematicAccountApiIT extends IntegrationTest {

    @Test
    void theFundManagerOpensAnAccountThatEveryoneCanRead() {
        String name = "Education window " + UUID.randomUUID();
        ApiClient.Response opened = as("fund").post("/api/accounts", Map.of("name", name,
                "priorities", List.of("EDUCATION", "SCIENCE_AND_TECHNOLOGY"),
                "projectCeiling", Map.of("amount", "250000.00", "currency", "USD")));

        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String id = opened.json().get("id").asText();
        assertThat(opened.header("Location")).isEqualTo("/api/accounts/" + id);
        assertThat(opened.json().get("name").asText()).isEqualTo(name);
        assertThat(opened.json().get("priorities").toString()).isEqualTo("[\"EDUCATION\",\"SCIENCE_AND_TECHNOLOGY\"]");
        assertThat(opened.json().get("projectCeiling").get("amount").asText()).isEqualTo("250000.00");
        assertThat(opened.json().get("projectCeiling").get("currency").asText()).isEqualTo("USD");

        assertThat(as("officer-co").get("/api/accounts/" + id).json().get("name").asText()).isEqualTo(name);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode list = as("officer-jm").get("/api/accounts").json();
            assertThat(list.findValues("id").stream().map(JsonNode::asText)).contains(id);
        });
        assertThat(as("secretariat").get("/api/accounts/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/accounts").status()).isEqualTo(401);

        JsonNode firstPage = as("officer-jm").get("/api/accounts?page=0&size=1").json();
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(as("officer-jm").get("/api/accounts?size=0").status()).isEqualTo(400);
    }

    @Test
    void onlyTheFundManagerOpensAccounts() {
        for (String user : List.of("officer-jm", "secretariat", "manager", "board1")) {
            ApiClient.Response refused = as(user).post("/api/accounts", Bodies.account("Not theirs"));
            assertThat(refused.status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aCeilingInAnotherCurrencyBreaksTheAccountsRule() {
        ApiClient.Response refused = as("fund").post("/api/accounts",
                Bodies.with(Bodies.account("Euro window"), "projectCeiling.currency", "EUR"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("currency-not-usd");
    }

    @Test
    void aProposalMustNameAnAccountThatExists() {
        ApiClient officer = as("officer-jm");
        Map<String, Object> body = new HashMap<>(proposalBody("JM", "Proposal for a window " + UUID.randomUUID()));
        body.put("accountId", UUID.randomUUID().toString());
        ApiClient.Response refused = officer.post("/api/proposals", body);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("accountId");

        String accountId = as("fund").post("/api/accounts", Bodies.account("Window for proposals"))
                .json().get("id").asText();
        body.put("accountId", accountId);
        ApiClient.Response drafted = officer.post("/api/proposals", body);
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        assertThat(drafted.json().get("accountId").asText()).isEqualTo(accountId);

        body.put("accountId", "no-such-account");
        ApiClient.Response update = officer.put("/api/proposals/" + drafted.json().get("id").asText(), body);
        assertThat(update.status()).as(update.text()).isEqualTo(422);
        assertThat(update.json().get("errors").get(0).get("field").asText()).isEqualTo("accountId");
    }
}
