package org.cooperaflow.app.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.ReliabilityReport;
import org.cooperaflow.app.support.StoreCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One case's event that a read model cannot take is parked in that read model's dead-letter queue, with the case's
 * later events behind it, while every other case goes on; the health endpoint says the read model is degraded and the
 * gauge counts the letters; once the cause is mended, a retry through the admin API drains the queue and the read
 * model holds the case exactly as if nothing had failed.
 *
 * <p>The fault is the database's: a trigger refuses the catalog's row of one need (as a constraint added by hand, or
 * a disk-level fault on one row, would). Dropping the trigger is the fix.
 */
class DeadLettersIT extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    private final String marker = "POISON-" + UUID.randomUUID();

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_poison ON catalog_need");
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_poison ON proposal_list");
        jdbc.execute("DROP FUNCTION IF EXISTS refuse_poison()");
    }

    @Test
    void aCaseTheCatalogCannotTakeIsParkedWhileOtherCasesFlowAndARetryAfterTheFixDrainsIt() {
        refusePoisonedRows("catalog_need", "catalog row refused");
        ApiClient officer = as("officer-jm");
        ApiClient admin = as("admin");

        String poisoned = draft("JM", "Coastal resilience " + marker);
        String healthy = draft("JM", "Teacher training for rural schools");
        ApiClient.Response submitted = officer.post("/api/cooperation-requests/" + poisoned + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        ApiClient.Response withdrawn = officer.post("/api/cooperation-requests/" + poisoned + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        awaitProcessorsCaughtUp();

        // the other case flows; the poisoned one is in no row of the catalog, and in every other read model
        assertThat(catalogStage(healthy)).isEqualTo("DRAFT");
        assertThat(catalogStage(poisoned)).isNull();
        assertThat(officer.get("/api/cooperation-requests/" + poisoned).json().get("stage").asText())
                .isEqualTo("WITHDRAWN");

        // the catalog parked the draft and, behind it, the withdrawal; nothing of the case is half-written
        JsonNode parked = admin.get("/api/admin/dead-letters/catalog").json();
        JsonNode parkedCase = caseOf(parked, poisoned);
        assertThat(parkedCase).as(parked.toString()).isNotNull();
        assertThat(parkedCase.get("letters")).hasSize(2);
        assertThat(parkedCase.get("letters").get(0).get("eventType").asText())
                .isEqualTo("CooperationRequestDraftedEvent");
        assertThat(parkedCase.get("letters").get(0).get("causeMessage").asText()).contains("catalog row refused");
        assertThat(parkedCase.get("letters").get(1).get("eventType").asText())
                .isEqualTo("CooperationRequestWithdrawnEvent");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog_need_sdg WHERE request_id = ?", Integer.class,
                poisoned)).isZero();

        // degraded, and counted
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode health = admin.get("/actuator/health").json();
            assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.at("/components/readModels/details/catalog/deadLetters").asLong()).isEqualTo(2);
            assertThat(meters.get(ReadModelHealth.METRIC).tag("processor", "catalog").gauge().value())
                    .isEqualTo(2.0);
        });
        assertThat(admin.get("/actuator/health").status()).isEqualTo(200);

        // a retry before the fix changes nothing: the case stays parked, in order
        JsonNode early = admin.post("/api/admin/dead-letters/catalog/retry", null).json();
        assertThat(early.get("casesLeft").asLong()).as(early.toString()).isEqualTo(1);
        assertThat(catalogStage(poisoned)).isNull();

        // the fix, then the retry: the case's events run in order
        dropTrigger();
        long fixed = System.nanoTime();
        ApiClient.Response retried = admin.post("/api/admin/dead-letters/catalog/retry", null);
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().get("casesLeft").asLong()).isZero();
        assertThat(retried.json().get("lettersLeft").asLong()).isZero();
        double drained = (System.nanoTime() - fixed) / 1e9;
        int missing = ("WITHDRAWN".equals(catalogStage(poisoned)) ? 0 : 1)
                + ("DRAFT".equals(catalogStage(healthy)) ? 0 : 1);
        long leaked = retried.json().get("lettersLeft").asLong()
                + jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) db -> StoreCounts.leaks(db, poisoned));
        ReliabilityReport.row("a poison event in the catalog: its case parked, others flowing, retried after the fix",
                4, 4, missing, 0, leaked, drained);
        assertThat(leaked).as("letters, processes, tasks or transactions left behind").isZero();
        assertThat(catalogStage(poisoned)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("SELECT title FROM catalog_need WHERE request_id = ?", String.class, poisoned))
                .contains(marker);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                admin.get("/actuator/health").json().at("/components/readModels/status").asText()).isEqualTo("UP"));

        // and the next events of the case are handled as they come
        ApiClient.Response later = officer.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "After the repair"));
        assertThat(later.status()).isEqualTo(201);
        awaitProcessorsCaughtUp();
        assertThat(catalogStage(later.json().get("id").asText())).isEqualTo("DRAFT");
    }

    /**
     * A batch read model writes its batch's rows when the batch commits, not event by event: a row the database
     * refuses then fails the whole batch, which no single event can be parked for. The processor stops on it and
     * retries, the health endpoint names it and its error, and once the cause is mended it goes on: nothing lost.
     */
    @Test
    void aBatchTheDatabaseRefusesStopsItsReadModelVisiblyUntilMendedAndLosesNothing() {
        refusePoisonedRows("proposal_list", "proposal row refused");
        ApiClient officer = as("officer-jm");
        ApiClient admin = as("admin");
        ApiClient.Response drafted = officer.post("/api/proposals", proposalBody("JM", "Mangroves " + marker));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        String id = drafted.json().get("id").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = admin.get("/actuator/health").json();
            assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.at("/components/readModels/details/proposals/error").asText())
                    .contains("proposal row refused");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM proposal_list WHERE proposal_id = ?", Integer.class, id))
                .isZero();

        dropTrigger();
        awaitProcessorsCaughtUp();
        assertThat(jdbc.queryForObject("SELECT title FROM proposal_list WHERE proposal_id = ?", String.class, id))
                .contains(marker);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                admin.get("/actuator/health").json().at("/components/readModels/status").asText()).isEqualTo("UP"));
    }

    @Test
    void onlyOperatorsSeeOrTouchDeadLettersAndEvictionNeedsAReason() {
        assertThat(as("officer-jm").get("/api/admin/dead-letters").status()).isEqualTo(403);
        assertThat(as("manager").post("/api/admin/dead-letters/catalog/retry", null).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/admin/dead-letters").status()).isEqualTo(401);

        ApiClient admin = as("admin");
        JsonNode overview = admin.get("/api/admin/dead-letters").json();
        assertThat(overview).hasSize(DeadLetterConfiguration.READ_MODELS.size());
        assertThat(admin.get("/api/admin/dead-letters/workflow").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/dead-letters/catalog?size=0").status()).isEqualTo(400);

        ApiClient.Response noReason = admin.post("/api/admin/dead-letters/catalog/some-case/evict", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(problemFields(noReason.json())).contains("reason");
        assertThat(admin.post("/api/admin/dead-letters/catalog/some-case/evict",
                Map.of("reason", "nothing parked")).status()).isEqualTo(404);
        ApiClient.Response numberReason = admin.post("/api/admin/dead-letters/catalog/some-case/evict",
                Map.of("reason", 123));
        assertThat(numberReason.status()).isEqualTo(400);
        assertThat(numberReason.json().at("/errors/0/message").asText()).as(numberReason.text())
                .isEqualTo("expected a string");
    }

    @Test
    void anEvictedCaseLeavesTheQueueWithItsReason() {
        refusePoisonedRows("catalog_need", "catalog row refused");
        String poisoned = draft("CO", "Given up " + marker);
        awaitProcessorsCaughtUp();
        ApiClient admin = as("admin");
        assertThat(caseOf(admin.get("/api/admin/dead-letters/catalog").json(), poisoned)).isNotNull();

        ApiClient.Response evicted = admin.post("/api/admin/dead-letters/catalog/" + poisoned + "/evict",
                Map.of("reason", "test need, never to be published"));
        assertThat(evicted.status()).as(evicted.text()).isEqualTo(200);
        assertThat(evicted.json().get("lettersEvicted").asInt()).isEqualTo(1);
        assertThat(caseOf(admin.get("/api/admin/dead-letters/catalog").json(), poisoned)).isNull();
    }

    /** The fault: the table refuses, with the message and the row's title, a row whose title is marked. */
    private void refusePoisonedRows(String table, String message) {
        jdbc.execute("CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.title LIKE '%POISON-%' THEN RAISE EXCEPTION '" + message + ": %', NEW.title; END IF; "
                + "RETURN NEW; END $$");
        jdbc.execute("CREATE TRIGGER refuse_poison BEFORE INSERT OR UPDATE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION refuse_poison()");
    }

    private String draft(String memberState, String title) {
        ApiClient officer = as("officer-" + memberState.toLowerCase(java.util.Locale.ROOT));
        ApiClient.Response drafted = officer.post("/api/cooperation-requests",
                Bodies.cooperationRequest(memberState, title));
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    private String catalogStage(String requestId) {
        return jdbc.query("SELECT stage FROM catalog_need WHERE request_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, requestId);
    }

    private static JsonNode caseOf(JsonNode processorCases, String caseId) {
        for (JsonNode item : processorCases.get("items")) {
            if (caseId.equals(item.get("caseId").asText())) {
                return item;
            }
        }
        return null;
    }
}
