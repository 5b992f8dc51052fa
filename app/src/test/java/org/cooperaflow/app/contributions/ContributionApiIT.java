package org.cooperaflow.app.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The fund manager records pledges in any currency and receipts at a USD rate; readers see the totals. */
class ContributionApiIT extends IntegrationTest {

    @Test
    void aCanadianPledgeToAnAccountIsPartlyReceived() {
        ApiClient fund = as("fund");
        String accountId = fund.post("/api/accounts", Bodies.account("Canadian window")).json().get("id").asText();
        ApiClient.Response pledged = fund.post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "CA"), accountId, "500000.00", "CAD"));

        assertThat(pledged.status()).as(pledged.text()).isEqualTo(201);
        String id = pledged.json().get("id").asText();
        assertThat(pledged.header("Location")).isEqualTo("/api/contributions/" + id);
        assertThat(pledged.json().get("status").asText()).isEqualTo("PLEDGED");
        assertThat(pledged.json().get("accountId").asText()).isEqualTo(accountId);
        assertThat(pledged.json().get("contributor").get("memberState").asText()).isEqualTo("CA");
        assertThat(pledged.json().get("pledged").get("currency").asText()).isEqualTo("CAD");

        ApiClient.Response received = fund.post("/api/contributions/" + id + "/receipts",
                Bodies.receipt("100000.00", "CAD", LocalDate.now().toString(), "0.73"));
        assertThat(received.status()).as(received.text()).isEqualTo(200);
        JsonNode contribution = as("auditor").get("/api/contributions/" + id).json();
        assertThat(contribution.get("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(contribution.get("received").get("amount").asText()).isEqualTo("100000.00");
        assertThat(contribution.get("received").get("currency").asText()).isEqualTo("CAD");
        assertThat(contribution.get("receivedUsd").get("amount").asText()).isEqualTo("73000.00");
        assertThat(contribution.get("allocatedUsd").get("amount").asText()).isEqualTo("0.00");
        JsonNode receipt = contribution.get("receipts").get(0);
        assertThat(receipt.get("receivedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(receipt.get("usdRate").asText()).isEqualTo("0.73");
        assertThat(receipt.get("usdAmount").get("amount").asText()).isEqualTo("73000.00");
        assertThat(contribution.get("allocations").size()).isZero();

        ApiClient.Response tooMuch = fund.post("/api/contributions/" + id + "/receipts",
                Bodies.receipt("400000.01", "CAD", LocalDate.now().toString(), "0.73"));
        assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
        assertThat(tooMuch.json().get("rule").asText()).isEqualTo("receipt-exceeds-pledge");
    }

    @Test
    void everyKindOfContributorMayPledgeUnearmarked() {
        List<Map<String, Object>> contributors = List.of(
                Map.of("type", "PERMANENT_OBSERVER", "country", "ES"),
                Map.of("type", "PRIVATE_SECTOR", "name", "Caribbean Telecom Ltd"),
                Map.of("type", "PHILANTHROPIC", "name", "Fundación Educa"),
                Map.of("type", "DFI", "name", "Inter-American Development Bank"));
        for (Map<String, Object> contributor : contributors) {
            ApiClient.Response pledged = as("fund").post("/api/contributions",
                    Bodies.contribution(contributor, null, "10000.00", "EUR"));
            assertThat(pledged.status()).as(pledged.text()).isEqualTo(201);
            assertThat(pledged.json().get("contributor").get("type").asText()).isEqualTo(contributor.get("type"));
            assertThat(pledged.json().has("accountId")).isFalse();
        }
    }

    @Test
    void aPledgeMustNameAnAccountThatExists() {
        ApiClient.Response refused = as("fund").post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), UUID.randomUUID().toString(), "1000.00", "USD"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("accountId");
    }

    @Test
    void onlyTheFundManagerRecordsAndOnlyFundReadersRead() {
        String id = as("fund").post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), null, "1000.00", "USD")).json().get("id").asText();
        assertThat(as("manager").post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), null, "1000.00", "USD")).status()).isEqualTo(403);
        assertThat(as("auditor").post("/api/contributions/" + id + "/receipts",
                Bodies.receipt("10.00", "USD", LocalDate.now().toString(), null)).status()).isEqualTo(403);
        for (String reader : List.of("fund", "manager", "auditor", "admin")) {
            assertThat(as(reader).get("/api/contributions/" + id).status()).as(reader).isEqualTo(200);
        }
        for (String other : List.of("officer-jm", "secretariat", "board1", "eligibility")) {
            assertThat(as(other).get("/api/contributions/" + id).status()).as(other).isEqualTo(403);
        }
        assertThat(as("fund").get("/api/contributions/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as("fund").post("/api/contributions/" + UUID.randomUUID() + "/receipts",
                Bodies.receipt("10.00", "USD", LocalDate.now().toString(), null)).status()).isEqualTo(404);
    }
}
