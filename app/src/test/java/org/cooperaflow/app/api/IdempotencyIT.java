package org.cooperaflow.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the API's POSTs: the same request with the same key gives the same
 * answer and writes one aggregate, one event; the key used for another request is refused.
 */
class IdempotencyIT extends IntegrationTest {

    @Test
    void theSameProposalPostedTwiceIsDraftedOnce() {
        String title = "Idempotent proposal " + UUID.randomUUID();
        assertAnsweredOnce(as("officer-jm"), "/api/proposals", proposalBody("JM", title));
        assertThat(eventsMentioning("ProposalDraftedEvent", title)).isEqualTo(1);
    }

    @Test
    void theSameCooperationRequestPostedTwiceIsFiledOnce() {
        String title = "Idempotent need " + UUID.randomUUID();
        assertAnsweredOnce(as("officer-jm"), "/api/cooperation-requests", Bodies.cooperationRequest("JM", title));
        assertThat(eventsMentioning("CooperationRequestDraftedEvent", title)).isEqualTo(1);
    }

    @Test
    void theSameAccountPostedTwiceIsOpenedOnce() {
        String name = "Idempotent window " + UUID.randomUUID();
        assertAnsweredOnce(as("fund"), "/api/accounts", Bodies.account(name));
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name)).isEqualTo(1);
    }

    @Test
    void theSamePledgeAndTheSameReceiptPostedTwiceAreRecordedOnce() {
        String donor = "Idempotent foundation " + UUID.randomUUID();
        ApiClient.Response pledged = assertAnsweredOnce(as("fund"), "/api/contributions", Bodies.contribution(
                Map.of("type", "PHILANTHROPIC", "name", donor), null, "80000.00", "EUR"));
        assertThat(eventsMentioning("ContributionPledgedEvent", donor)).isEqualTo(1);
        String id = pledged.json().get("id").asText();

        ApiClient.Response received = assertAnsweredOnce(as("fund"), "/api/contributions/" + id + "/receipts",
                Bodies.receipt("20000.00", "EUR", LocalDate.now().toString(), "1.08"));
        assertThat(received.json().get("receivedUsd").get("amount").asText()).isEqualTo("21600.00");
        assertThat(storedEvents(id, "ContributionReceivedEvent")).isEqualTo(1);
        assertThat(as("fund").get("/api/contributions/" + id).json().get("receipts").size()).isEqualTo(1);
    }

    @Test
    void aStepRepeatedWithItsKeyIsAnsweredAgainInsteadOfRefused() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/cooperation-requests", Bodies.cooperationRequest("JM", "Submit once"))
                .json().get("id").asText();
        Map<String, String> key = key();
        ApiClient.Response first = officer.post("/api/cooperation-requests/" + id + "/submit", null, key);
        ApiClient.Response again = officer.post("/api/cooperation-requests/" + id + "/submit", null, key);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(storedEvents(id, "CooperationRequestSubmittedEvent")).isEqualTo(1);
        // without the key, the repeat is a new request that the stage refuses
        assertThat(officer.post("/api/cooperation-requests/" + id + "/submit", null).status()).isEqualTo(409);
    }

    @Test
    void aKeyUsedForAnotherBodyOrPathIsRefusedAndChangesNothing() {
        ApiClient fund = as("fund");
        Map<String, String> key = key();
        String name = "Reused key window " + UUID.randomUUID();
        assertThat(fund.post("/api/accounts", Bodies.account(name), key).status()).isEqualTo(201);

        ApiClient.Response otherBody = fund.post("/api/accounts", Bodies.account(name + " (2)"), key);
        assertThat(otherBody.status()).as(otherBody.text()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().get("detail").asText()).contains("used for another request");
        assertThat(otherBody.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");

        ApiClient.Response otherPath = fund.post("/api/contributions", Bodies.contribution(
                Map.of("type", "DFI", "name", "Reused key bank"), null, "1000.00", "USD"), key);
        assertThat(otherPath.status()).as(otherPath.text()).isEqualTo(422);
        assertThat(otherPath.json().get("instance").asText()).as("the request it answers").isEqualTo("/api/contributions");
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name + " (2)")).isZero();
        assertThat(eventsMentioning("ContributionPledgedEvent", "Reused key bank")).isZero();
    }

    @Test
    void keysBelongToTheirUser() {
        Map<String, String> key = key();
        String title = "Same key, two users " + UUID.randomUUID();
        ApiClient.Response jamaica = as("officer-jm").post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", title), key);
        ApiClient.Response colombia = as("officer-co").post("/api/cooperation-requests",
                Bodies.cooperationRequest("CO", title), key);
        assertThat(jamaica.status()).isEqualTo(201);
        assertThat(colombia.status()).as(colombia.text()).isEqualTo(201);
        assertThat(eventsMentioning("CooperationRequestDraftedEvent", title)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestReleasesItsKeySoTheCorrectedRequestMayUseIt() {
        ApiClient fund = as("fund");
        Map<String, String> key = key();
        String name = "Corrected window " + UUID.randomUUID();
        ApiClient.Response refused = fund.post("/api/accounts",
                Bodies.with(Bodies.account(name), "projectCeiling.amount", "-1.00"), key);
        assertThat(refused.status()).isEqualTo(400);
        ApiClient.Response corrected = fund.post("/api/accounts", Bodies.account(name), key);
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name)).isEqualTo(1);
    }

    @Test
    void aKeyLongerThan255CharactersIsRefused() {
        String name = "Long key window " + UUID.randomUUID();
        ApiClient.Response tooLong = as("fund").post("/api/accounts", Bodies.account(name),
                Map.of("Idempotency-Key", "k".repeat(256)));
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name)).isZero();

        assertThat(as("fund").post("/api/accounts", Bodies.account(name), Map.of("Idempotency-Key", "k".repeat(255)))
                .status()).isEqualTo(201);
    }

    @Test
    void concurrentRepeatsDoNotBothRun() throws Exception {
        String name = "Concurrent window " + UUID.randomUUID();
        Map<String, String> key = key();
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ApiClient.Response>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                responses.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return as("fund").post("/api/accounts", Bodies.account(name), key);
                }, pool));
            }
            start.countDown();
            List<ApiClient.Response> answered = responses.stream().map(CompletableFuture::join).toList();
            assertThat(answered).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(201, 409));
            List<String> created = answered.stream().filter(r -> r.status() == 201).map(ApiClient.Response::text)
                    .distinct().toList();
            assertThat(created).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name)).isEqualTo(1);
        ApiClient.Response afterwards = as("fund").post("/api/accounts", Bodies.account(name), key);
        assertThat(afterwards.status()).isEqualTo(201);
        assertThat(eventsMentioning("ThematicAccountOpenedEvent", name)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentShowsTheHeader() {
        ApiClient.Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths/~1api~1contributions~1{id}~1receipts/post/parameters").findValuesAsText("name"))
                .contains("Idempotency-Key");
    }

    /** Posts the body twice with one key; both answers are the same; returns the first. */
    private ApiClient.Response assertAnsweredOnce(ApiClient client, String path, Object body) {
        Map<String, String> key = key();
        ApiClient.Response first = client.post(path, body, key);
        ApiClient.Response again = client.post(path, body, key);
        assertThat(first.status()).as(first.text()).isBetween(200, 201);
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        return first;
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Events of a type whose JSON payload contains the text (a unique title or name). */
    private int eventsMentioning(String eventType, String text) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry
                WHERE payloadType LIKE ? AND convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, "%." + eventType, "%" + text + "%");
        return count == null ? 0 : count;
    }
}
