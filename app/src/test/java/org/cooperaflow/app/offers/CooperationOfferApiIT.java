package org.cooperaflow.app.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.offer.OfferReviewProcess;
import org.cooperaflow.workflows.request.CooperationRequestProcess;
import org.junit.jupiter.api.Test;

/**
 * Colombia offers teacher training; the secretariat reviews and publishes it; it is matched with Jamaica's published
 * need, a proposal starts from the match, its approval counts in the alignment report, and Colombia withdraws the
 * offer. Bad input and steps by the wrong people are refused with a problem, and nothing is written.
 */
class CooperationOfferApiIT extends IntegrationTest {

    private static final String REVIEW = OfferReviewProcess.Elements.TASK_REVIEW_OFFER;

    @Test
    void anOfferIsReviewedPublishedMatchedProposedAndWithdrawn() {
        String need = publishedNeed("Digital skills for rural teachers");
        ApiClient colombia = as("officer-co");
        ApiClient.Response drafted = colombia.post("/api/offers", Bodies.offer("CO", "Digital teacher training"));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String offer = drafted.json().get("id").asText();
        assertThat(drafted.header("Location")).isEqualTo("/api/offers/" + offer);
        assertThat(drafted.json().get("stage").asText()).isEqualTo("DRAFT");
        assertThat(drafted.json().get("offeredBy").get("memberState").asText()).isEqualTo("CO");
        assertThat(drafted.json().get("capacity").get("places").asInt()).isEqualTo(40);
        assertThat(drafted.json().get("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        // a draft exists only for its offerer
        assertThat(as("officer-jm").get("/api/offers/" + offer).status()).isEqualTo(404);
        assertThat(as("secretariat").get("/api/offers/" + offer).status()).isEqualTo(404);

        ApiClient.Response submitted = colombia.post("/api/offers/" + offer + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("stage").asText()).isEqualTo("SUBMITTED");
        String task = awaitTask("secretariat", offer, REVIEW);
        JsonNode view = as("secretariat").get("/api/tasks/" + task).json();
        assertThat(view.get("candidateGroups").toString()).isEqualTo("[\"secretariat\"]");
        assertThat(view.get("due").isNull()).isFalse();
        assertThat(view.get("allowedOutcomes").toString()).isEqualTo("[\"PUBLISH\",\"REJECT\"]");

        // only the secretariat reviews; a rejection needs a reason; neither writes anything
        long before = totalEvents();
        assertThat(completeTask("officer-co", task, "PUBLISH", Map.of()).status()).isEqualTo(403);
        assertThat(completeTask("manager", task, "PUBLISH", Map.of()).status()).isEqualTo(403);
        ApiClient.Response noReason = as("secretariat").post("/api/tasks/" + task + "/complete",
                Map.of("outcome", "REJECT", "data", Map.of()));
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(422);
        assertThat(noReason.contentType()).contains("application/problem+json");
        assertThat(noReason.json().get("rule").asText()).isEqualTo("reason-required");
        assertThat(totalEvents()).isEqualTo(before);

        noContent(as("secretariat").post("/api/tasks/" + task + "/complete",
                Map.of("outcome", "PUBLISH", "comment", "A strong offer")));
        JsonNode published = colombia.get("/api/offers/" + offer).json();
        assertThat(published.get("stage").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isNull()).isFalse();
        await().atMost(Duration.ofSeconds(20)).alias("offer in the public catalog")
                .until(() -> ids(anonymous().get("/api/catalog/offers?memberState=CO&sdg=9&priority=EDUCATION&size=500")
                        .json()), ids -> ids.contains(offer));
        JsonNode page = anonymous().get("/api/catalog/offers?memberState=CO&size=1").json();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ids(anonymous().get("/api/catalog/offers?memberState=JM&size=500").json())).doesNotContain(offer);
        ApiClient.Response unknownCountry = anonymous().get("/api/catalog/offers?memberState=XX");
        assertThat(unknownCountry.status()).as(unknownCountry.text()).isEqualTo(400);
        assertThat(problemFields(unknownCountry.json())).containsExactly("memberState");

        // the offer's best needs, and the need's best offers, each with its reasons
        awaitProcessorsCaughtUp();
        JsonNode needMatch = match(colombia.get("/api/offers/" + offer + "/matches?size=100").json(), "need", need);
        assertThat(needMatch.get("score").asInt()).isEqualTo(30 + 10 + 15 + 10);
        assertThat(reasons(needMatch)).containsExactly("PRIORITY:30", "SDGS:10", "MODALITY:15", "LANGUAGE:10");
        assertThat(needMatch.get("reasons").get(1).get("shared").toString()).isEqualTo("[\"4\"]");
        JsonNode offerMatch = match(as("secretariat").get("/api/cooperation-requests/" + need + "/matches?size=100")
                .json(), "offer", offer);
        assertThat(offerMatch.get("score").asInt()).isEqualTo(65);
        assertThat(as("officer-co").get("/api/cooperation-requests/" + need + "/matches").status()).isEqualTo(200);

        // Jamaica's officer starts a proposal from the match: Colombia provides, Jamaica benefits, the need is linked
        ApiClient.Response proposed = as("officer-jm").post("/api/offers/" + offer + "/matches/" + need + "/proposal",
                null);
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        String proposal = proposed.json().get("proposalId").asText();
        JsonNode draft = as("officer-jm").get("/api/proposals/" + proposal).json();
        assertThat(draft.get("stage").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("proposer").get("memberState").asText()).isEqualTo("JM");
        assertThat(draft.get("partners").toString()).contains("{\"memberState\":\"CO\",\"role\":\"PROVIDER\"}",
                "{\"memberState\":\"JM\",\"role\":\"BENEFICIARY\"}");
        assertThat(draft.get("cooperationRequestIds").toString()).isEqualTo("[\"" + need + "\"]");
        String origin = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb #>> '{origin,offerId}'"
                + " FROM domainevententry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", String.class, proposal);
        assertThat(origin).isEqualTo(offer);

        // one proposal per match; a pair that is no match, or a need no longer open, starts none
        awaitProcessorsCaughtUp();
        String colombiasNeed = publishedNeed("CO", "Digital skills for teachers in Colombia");
        awaitProcessorsCaughtUp();
        long beforeRefusals = totalEvents();
        ApiClient.Response again = as("officer-jm").post("/api/offers/" + offer + "/matches/" + need + "/proposal",
                null);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already started proposal " + proposal);
        ApiClient.Response ownState = colombia.post("/api/offers/" + offer + "/matches/" + colombiasNeed
                + "/proposal", null);
        assertThat(ownState.status()).as("an offer does not match its own state's need: " + ownState.text())
                .isEqualTo(422);
        assertThat(ownState.json().get("rule").asText()).isEqualTo("not-a-match");
        assertThat(totalEvents()).isEqualTo(beforeRefusals);

        // completed and approved, it counts as a need addressed through an offer
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        long addressedBefore = as("manager").get("/api/reports/alignment?year=" + year).json()
                .get("needsAddressedThroughOffers").asLong();
        Map<String, Object> complete = new LinkedHashMap<>(proposalBody("JM", "Digital skills for rural teachers"));
        complete.put("cooperationRequestIds", List.of(need));
        ok(as("officer-jm").put("/api/proposals/" + proposal, complete));
        approvedDraft(proposal, Map.of());
        await().atMost(Duration.ofSeconds(20)).alias("the alignment report counts the need")
                .until(() -> as("manager").get("/api/reports/alignment?year=" + year).json()
                        .get("needsAddressedThroughOffers").asLong(), n -> n == addressedBefore + 1);

        // only the offerer withdraws
        before = totalEvents();
        ApiClient.Response notTheirs = as("officer-jm").post("/api/offers/" + offer + "/withdraw", null);
        assertThat(notTheirs.status()).as(notTheirs.text()).isEqualTo(403);
        assertThat(notTheirs.contentType()).contains("application/problem+json");
        assertThat(totalEvents()).isEqualTo(before);
        ApiClient.Response withdrawn = colombia.post("/api/offers/" + offer + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().get("stage").asText()).isEqualTo("WITHDRAWN");
        await().atMost(Duration.ofSeconds(20)).alias("offer out of the catalog")
                .until(() -> ids(anonymous().get("/api/catalog/offers?memberState=CO&size=500").json()),
                        ids -> !ids.contains(offer));
        assertThat(colombia.post("/api/offers/" + offer + "/withdraw", null).status()).isEqualTo(409);

        // the auditors read the offer's decisions with who, when and why
        JsonNode history = as("auditor").decisionHistory(offer);
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsSubsequence("CooperationOfferDraftedEvent", "CooperationOfferSubmittedEvent",
                "CooperationOfferPublishedEvent", "CooperationOfferWithdrawnEvent");
        history.forEach(e -> {
            if (e.get("type").asText().equals("CooperationOfferPublishedEvent")) {
                assertThat(e.get("actor").asText()).isEqualTo("secretariat");
                assertThat(e.get("reason").asText()).isEqualTo("A strong offer");
                assertThat(e.get("taskId").asText()).isEqualTo(task);
            }
        });
    }

    @Test
    void aRejectedOfferSaysWhyAndStaysOutOfTheCatalog() {
        ApiClient colombia = as("officer-co");
        String offer = created(colombia.post("/api/offers", Bodies.offer("CO", "Out of scope offer")));
        ok(colombia.post("/api/offers/" + offer + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", offer, REVIEW), "REJECT", Map.of()));
        JsonNode rejected = colombia.get("/api/offers/" + offer).json();
        assertThat(rejected.get("stage").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asText()).isEqualTo("secretariat reject");
        awaitProcessorsCaughtUp();
        assertThat(ids(anonymous().get("/api/catalog/offers?memberState=CO&size=500").json())).doesNotContain(offer);
    }

    @Test
    void badOffersAreRefusedWithAProblemAndNothingIsWritten() {
        awaitProcessorsCaughtUp();
        long events = totalEvents();
        long catalog = anonymous().get("/api/catalog/offers").json().get("total").asLong();
        Map<String, Object> good = Bodies.offer("CO", "Refused offer");
        ApiClient colombia = as("officer-co");
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("sdgs[0]", Bodies.with(good, "sdgs", List.of(18)));
        bad.put("measures[0]", Bodies.with(good, "measures", List.of("9.9")));
        bad.put("priority", Bodies.with(good, "priority", "SPACE_TRAVEL"));
        bad.put("offeredBy.memberState", Bodies.with(good, "offeredBy.memberState", "XX"));
        bad.put("capacity", Bodies.without(good, "capacity"));
        bad.put("capacity.places", Bodies.with(good, "capacity.places", 0));
        bad.put("capacity.places ", Bodies.with(good, "capacity.places", -5));
        bad.put("availableTo", Bodies.with(good, "availableTo", "2026-06-01"));
        bad.put("languages[0]", Bodies.with(good, "languages", List.of("de")));
        bad.put("modality", Bodies.with(good, "modality", "BILATERAL"));
        bad.put("offeredBy.country", Bodies.with(good, "offeredBy", Map.of("type", "PERMANENT_OBSERVER", "country", "XX")));
        for (Map.Entry<String, Map<String, Object>> body : bad.entrySet()) {
            ApiClient.Response refused = colombia.post("/api/offers", body.getValue());
            assertThat(refused.status()).as(body.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).as(body.getKey()).contains("application/problem+json");
            assertThat(problemFields(refused.json())).as(body.getKey()).contains(body.getKey().strip());
        }
        ApiClient.Response malformed = colombia.send("POST", "/api/offers", "{\"title\": \"half", Map.of());
        assertThat(malformed.status()).as(malformed.text()).isEqualTo(400);
        assertThat(malformed.contentType()).contains("application/problem+json");
        // an officer offers for their own state only; the secretariat records an observer's offers, not a state's
        ApiClient.Response forJamaica = colombia.post("/api/offers", Bodies.offer("JM", "Offered for another state"));
        assertThat(forJamaica.status()).as(forJamaica.text()).isEqualTo(403);
        assertThat(forJamaica.contentType()).contains("application/problem+json");
        assertThat(as("secretariat").post("/api/offers", Bodies.offer("CO", "By the secretariat")).status())
                .isEqualTo(403);
        assertThat(colombia.post("/api/offers", Bodies.with(good, "offeredBy",
                Map.of("type", "PERMANENT_OBSERVER", "country", "ES"))).status()).isEqualTo(403);
        assertThat(as("officer-co").get("/api/offers/no-such-offer").status()).isEqualTo(404);
        assertThat(anonymous().post("/api/offers", good).status()).isEqualTo(401);

        assertThat(totalEvents()).isEqualTo(events);
        awaitProcessorsCaughtUp();
        assertThat(anonymous().get("/api/catalog/offers").json().get("total").asLong()).isEqualTo(catalog);
        assertThat(anonymous().get("/api/catalog/offers?sdg=18").status()).isEqualTo(400);
    }

    @Test
    void twoStartsOfOneMatchAtTheSameMomentMakeOneProposal() throws Exception {
        String need = publishedNeed("Digital classrooms for rural schools");
        ApiClient colombia = as("officer-co");
        String offer = created(colombia.post("/api/offers", Bodies.offer("CO", "Digital classroom kits")));
        ok(colombia.post("/api/offers/" + offer + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", offer, REVIEW), "PUBLISH", Map.of()));
        awaitProcessorsCaughtUp();

        String path = "/api/offers/" + offer + "/matches/" + need + "/proposal";
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ApiClient.Response>> answers = new ArrayList<>();
            for (String user : List.of("officer-jm", "officer-co")) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return as(user).post(path, null);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get();
                statuses.add(response.status());
                if (response.status() != 201) {
                    // the one that came second: the proposal exists, or its stream was being written
                    assertThat(response.json().get("rule").asText()).as(response.text())
                            .isIn("illegal-transition", "case-changed");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        Integer proposals = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE sequenceNumber = 0"
                + " AND convert_from(payload, 'UTF8')::jsonb #>> '{origin,offerId}' = ?", Integer.class, offer);
        assertThat(proposals).as("one proposal from the match").isOne();
    }

    @Test
    void theSecretariatRecordsAPermanentObserversOffer() {
        ApiClient.Response drafted = as("secretariat").post("/api/offers", Bodies.with(
                Bodies.offer("CO", "Spain's school libraries"), "offeredBy",
                Map.of("type", "PERMANENT_OBSERVER", "country", "ES")));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String offer = drafted.json().get("id").asText();
        assertThat(drafted.json().get("offeredBy").get("country").asText()).isEqualTo("ES");
        assertThat(as("officer-co").get("/api/offers/" + offer).status()).isEqualTo(404);
        ok(as("secretariat").post("/api/offers/" + offer + "/withdraw", null));
    }

    /** Jamaica's officer files a need; the secretariat publishes it. */
    private String publishedNeed(String title) {
        return publishedNeed("JM", title);
    }

    /** The state's officer files a need; the secretariat publishes it. */
    private String publishedNeed(String state, String title) {
        ApiClient officer = as("officer-" + state.toLowerCase());
        String need = created(officer.post("/api/cooperation-requests", Bodies.cooperationRequest(state, title)));
        ok(officer.post("/api/cooperation-requests/" + need + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", need,
                CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED), "PUBLISH", Map.of()));
        return need;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode match(JsonNode matches, String side, String id) {
        for (JsonNode match : matches) {
            if (match.get(side).get("id").asText().equals(id)) {
                return match;
            }
        }
        throw new AssertionError("no match with " + side + " " + id + " in " + matches);
    }

    private static List<String> reasons(JsonNode match) {
        List<String> reasons = new ArrayList<>();
        match.get("reasons").forEach(r -> reasons.add(r.get("rule").asText() + ":" + r.get("points").asInt()));
        return reasons;
    }
}
