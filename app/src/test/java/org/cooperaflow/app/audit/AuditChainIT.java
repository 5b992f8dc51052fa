package org.cooperaflow.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cooperaflow.app.api.audit.AuditedCases;
import org.cooperaflow.app.readmodels.ReadModelFlows;
import org.cooperaflow.app.readmodels.SyntheticCases;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.projections.audit.AuditChainVerifier;
import org.cooperaflow.projections.audit.AuditedCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Must show 3 (tamper evidence, append-only store) and the auditors' decision history. */
class AuditChainIT extends ReadModelFlows {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditedCases auditedCases;

    @LocalServerPort
    int port;

    @Test
    void theAuditorsCaseListShowsTheNewestCaseFirstWithItsTitleAPageAtATime() {
        String older = created(as("officer-jm").post("/api/proposals", proposalBody("JM", "Coastal radio network")));
        String newer = created(as("officer-jm").post("/api/proposals", proposalBody("JM", "Mangrove nurseries")));

        AuditedCases.Page first = auditedCases.recent("ProjectProposal", 0, 1);
        assertThat(first.items()).extracting(AuditedCase::caseId, AuditedCase::kind, AuditedCase::title)
                .containsExactly(tuple(newer, "ProjectProposal", "Mangrove nurseries"));
        assertThat(first.hasNext()).isTrue();
        assertThat(auditedCases.recent("ProjectProposal", 1, 1).items()).extracting(AuditedCase::caseId)
                .containsExactly(older);
        assertThat(auditedCases.recent("ThematicAccount", 0, 50).items()).extracting(AuditedCase::caseId)
                .doesNotContain(newer, older);
        assertThat(auditedCases.find(older)).get().extracting(AuditedCase::title).isEqualTo("Coastal radio network");
        assertThat(auditedCases.find("no-such-case")).isEmpty();
    }

    @Test
    void changingOneStoredEventMakesVerifyFailAndNameIt() {
        SyntheticCases cases = new SyntheticCases(4242, Instant.now()).generate(1, 3, 8, 0);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        ApiClient auditor = as("auditor");
        JsonNode valid = auditor.get("/api/audit/verify").json();
        assertThat(valid.get("valid").asBoolean()).as(valid.toString()).isTrue();
        assertThat(valid.get("checked").asLong()).isGreaterThanOrEqualTo(cases.eventCount());

        String victim = cases.proposalIds().get(3);
        Map<String, Object> row = jdbc.queryForMap("SELECT globalIndex, payload FROM domainevententry"
                + " WHERE aggregateIdentifier = ? AND sequenceNumber = 0", victim);
        long globalIndex = ((Number) row.get("globalindex")).longValue();
        byte[] original = (byte[]) row.get("payload");
        try {
            asOwner("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " 'Synthetic proposal', 'Forged proposal'), 'UTF8') WHERE globalIndex = ?", globalIndex, null);
            JsonNode broken = auditor.get("/api/audit/verify").json();
            assertThat(broken.get("valid").asBoolean()).as(broken.toString()).isFalse();
            JsonNode entry = broken.get("firstBrokenEntry");
            assertThat(entry.get("globalIndex").asLong()).isEqualTo(globalIndex);
            assertThat(entry.get("aggregateId").asText()).isEqualTo(victim);
            assertThat(entry.get("sequence").asLong()).isZero();
            assertThat(entry.get("type").asText()).endsWith("ProposalDraftedEvent");

            // the case's own history marks the changed entry, and only it
            JsonNode history = auditor.decisionHistory(victim);
            List<String> marks = new ArrayList<>();
            for (JsonNode line : history) {
                if ("EVENT".equals(line.get("source").asText())) {
                    marks.add(line.get("sequence").asLong() + ":" + line.get("hashMatches").asBoolean());
                }
            }
            assertThat(marks).contains("0:false").filteredOn(m -> !m.startsWith("0:")).allMatch(m -> m.endsWith(":true"))
                    .isNotEmpty();
        } finally {
            asOwner("UPDATE domainevententry SET payload = ? WHERE globalIndex = ?", globalIndex, original);
        }
        assertThat(auditor.get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();
        assertThat(as("manager").get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void aChainOfManyPagesIsVerifiedPageByPageAndABreakOnALaterPageIsFound() {
        SyntheticCases cases = new SyntheticCases(4343, Instant.now()).generate(1, 3, 8, 0);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        AuditChainVerifier inPagesOfThree = new AuditChainVerifier(jdbc, 3);

        AuditChainVerifier.Verification valid = inPagesOfThree.verify();
        assertThat(valid.valid()).as(valid.toString()).isTrue();
        assertThat(valid.checked()).as("many pages").isGreaterThan(3L * 10)
                .isEqualTo(as("auditor").get("/api/audit/verify").json().get("checked").asLong());

        String victim = cases.proposalIds().get(cases.proposalIds().size() - 1);
        long globalIndex = jdbc.queryForObject("SELECT max(globalIndex) FROM domainevententry"
                + " WHERE aggregateIdentifier = ?", Long.class, victim);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalIndex = ?",
                byte[].class, globalIndex);
        try {
            // one byte more (a space after the JSON): the same event to a reader, another to the chain
            asOwner("UPDATE domainevententry SET payload = payload || convert_to(' ', 'UTF8') WHERE globalIndex = ?",
                    globalIndex, null);
            AuditChainVerifier.Verification broken = inPagesOfThree.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenEntry().globalIndex()).isEqualTo(globalIndex);
            assertThat(broken.firstBrokenEntry().aggregateId()).isEqualTo(victim);
        } finally {
            asOwner("UPDATE domainevententry SET payload = ? WHERE globalIndex = ?", globalIndex, original);
        }

        // an entry the store has and the chain lost
        long middle = jdbc.queryForObject("SELECT min(globalIndex) FROM domainevententry WHERE aggregateIdentifier = ?",
                Long.class, cases.proposalIds().get(1));
        Map<String, Object> link = jdbc.queryForMap("SELECT * FROM audit_chain WHERE global_index = ?", middle);
        jdbc.update("DELETE FROM audit_chain WHERE global_index = ?", middle);
        try {
            AuditChainVerifier.Verification unchained = inPagesOfThree.verify();
            assertThat(unchained.valid()).isFalse();
            assertThat(unchained.firstBrokenEntry().globalIndex()).isEqualTo(middle);
        } finally {
            jdbc.update("INSERT INTO audit_chain (global_index, aggregate_id, sequence_number, payload_type,"
                    + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)", link.get("global_index"),
                    link.get("aggregate_id"), link.get("sequence_number"), link.get("payload_type"),
                    link.get("previous_hash"), link.get("hash"));
        }
        assertThat(inPagesOfThree.verify().valid()).isTrue();
    }

    /**
     * Two transactions append: the first takes the lower global index but commits after the second. The chain takes
     * the second event first (the first is a gap in the store then), and when the first commits, chains it in its
     * place and re-chains the second after it.
     */
    @Test
    void anEventCommittedAfterALaterOneIsChainedInItsPlace() throws Exception {
        String slowCase = "audit-probe-" + UUID.randomUUID();
        String fastCase = "audit-probe-" + UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService slowTransaction = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = slowTransaction.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    status -> {
                        storageEngine.appendEvents(probe(slowCase, "appended first, committed last"));
                        appended.countDown();
                        try {
                            commit.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            new TransactionTemplate(transactions).executeWithoutResult(
                    status -> storageEngine.appendEvents(probe(fastCase, "appended last, committed first")));
            long fast = globalIndexOf(fastCase);
            await().atMost(Duration.ofSeconds(30)).until(() -> chained(fast));

            commit.countDown();
            slow.get(30, TimeUnit.SECONDS);
        } finally {
            commit.countDown();
            slowTransaction.shutdownNow();
        }
        long late = globalIndexOf(slowCase);
        long fast = globalIndexOf(fastCase);
        assertThat(late).isLessThan(fast);
        await().atMost(Duration.ofSeconds(30)).until(() -> chained(late));

        List<Map<String, Object>> entries = jdbc.queryForList("SELECT global_index, previous_hash, hash FROM"
                + " audit_chain WHERE global_index >= ? ORDER BY global_index", late);
        assertThat(entries).extracting(e -> ((Number) e.get("global_index")).longValue()).startsWith(late, fast);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).get("previous_hash")).as("entry %s follows the one before it", i)
                    .isEqualTo(entries.get(i - 1).get("hash"));
        }
        AuditChainVerifier.Verification verification = new AuditChainVerifier(jdbc, 2).verify();
        assertThat(verification.valid()).as(verification.toString()).isTrue();
    }

    private static DomainEventMessage<String> probe(String caseId, String text) {
        return new GenericDomainEventMessage<>("AuditProbe", caseId, 0, text);
    }

    private long globalIndexOf(String caseId) {
        return jdbc.queryForObject("SELECT globalIndex FROM domainevententry WHERE aggregateIdentifier = ?",
                Long.class, caseId);
    }

    private boolean chained(long globalIndex) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_chain WHERE global_index = ?", Long.class,
                globalIndex) == 1;
    }

    @Test
    void theEventStoreRefusesUpdateAndDelete() throws SQLException {
        new SyntheticCases(5, Instant.now()).generate(1, 1, 2, 0).appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        assertThat(events).as("events to refuse changing").isPositive();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE domainevententry SET payloadRevision = '9'"
                    + " WHERE globalIndex = (SELECT MIN(globalIndex) FROM domainevententry)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM domainevententry"
                    + " WHERE globalIndex = (SELECT MAX(globalIndex) FROM domainevententry)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadRevision = '9'", Long.class))
                .isZero();
    }

    @Test
    void theDecisionHistoryMergesEventsAndTasksInTimeOrderAsJsonAndCsv() {
        String id = screenedProposal("Water quality labs");
        awaitProcessorsCaughtUp();
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        ApiClient.Response response = as("auditor").get("/api/audit/" + id + "?size=500");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode history = response.json().get("items");
        assertThat(response.json().get("total").asInt()).isEqualTo(history.size());
        List<String> types = history.findValuesAsText("type");
        assertThat(types).contains("ProposalDraftedEvent", "ProposalSubmittedEvent", "ProposalScreeningBegunEvent",
                "ProposalScreenedEvent", "TASK_CREATED");
        List<Instant> times = new ArrayList<>();
        JsonNode screened = null;
        boolean completedBySecretariat = false;
        for (JsonNode entry : history) {
            times.add(Instant.parse(entry.get("timestamp").asText()));
            if ("ProposalScreenedEvent".equals(entry.get("type").asText())) {
                screened = entry;
            }
            if ("WORKFLOW".equals(entry.get("source").asText()) && !"TASK_CREATED".equals(entry.get("type").asText())
                    && "secretariat".equals(entry.path("actor").asText())) {
                completedBySecretariat = true;
            }
            if ("EVENT".equals(entry.get("source").asText())) {
                String hash = jdbc.queryForObject("SELECT hash FROM audit_chain c JOIN domainevententry e"
                        + " ON e.globalIndex = c.global_index WHERE e.aggregateIdentifier = ? AND e.sequenceNumber = ?",
                        String.class, id, entry.get("sequence").asLong());
                assertThat(entry.get("hash").asText()).matches("[0-9a-f]{64}").isEqualTo(hash);
                assertThat(entry.get("hashMatches").asBoolean()).as("an untouched entry matches its hash").isTrue();
            }
        }
        assertThat(times).isSorted();
        assertThat(completedBySecretariat).as("the task's completion by the secretariat").isTrue();
        assertThat(screened).isNotNull();
        assertThat(screened.get("actor").asText()).isEqualTo("secretariat");
        assertThat(screened.get("reason").asText()).isEqualTo("secretariat says complete");
        assertThat(screened.get("taskId").asText()).isNotBlank();
        assertThat(screened.at("/payload/outcome").asText()).isEqualTo("COMPLETE");

        HttpResponse<String> csv = csv("auditor", "/api/audit/" + id);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("source,sequence,timestamp,type,actor,reason,taskId,taskName,hash,hashMatches,payload");
        assertThat(lines).as("the CSV has every entry").hasSize(history.size() + 1);
        assertThat(csv.body()).contains("ProposalScreenedEvent,secretariat,secretariat says complete");

        assertThat(as("manager").get("/api/audit/" + id).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/audit/" + id).status()).isEqualTo(401);
        assertThat(as("admin").get("/api/audit/" + id).status()).isEqualTo(200);
        assertThat(as("auditor").get("/api/audit/no-such-case").status()).isEqualTo(404);
    }

    @Test
    void theDecisionHistoryIsReadInPagesOldestFirst() {
        String id = screenedProposal("Paged history of a screening");
        awaitProcessorsCaughtUp();
        ApiClient auditor = as("auditor");
        JsonNode whole = auditor.get("/api/audit/" + id + "?size=500").json();
        int total = whole.get("total").asInt();
        assertThat(total).as("drafted, submitted, screened, with task steps").isGreaterThan(4);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            JsonNode answer = auditor.get("/api/audit/" + id + "?size=2&page=" + page).json();
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(2);
            assertThat(answer.get("total").asInt()).isEqualTo(total);
            assertThat(answer.get("items").size()).isEqualTo(Math.min(2, total - page * 2));
            answer.get("items").forEach(entry -> paged.add(entry.toString()));
        }
        List<String> all = new ArrayList<>();
        whole.get("items").forEach(entry -> all.add(entry.toString()));
        assertThat(paged).as("the pages, one after the other, are the whole history").isEqualTo(all);
        assertThat(auditor.get("/api/audit/" + id).json().get("size").asInt()).as("the default page").isEqualTo(50);
        assertThat(auditor.get("/api/audit/" + id + "?page=1000").json().get("items")).isEmpty();

        for (String bad : List.of("size=0", "size=501", "page=-1", "size=many")) {
            ApiClient.Response refused = auditor.get("/api/audit/" + id + "?" + bad);
            assertThat(refused.status()).as(bad + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    /** GET with {@code Accept: text/csv} only (the shared ApiClient always asks for JSON). */
    private HttpResponse<String> csv(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/csv")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the database owner: lifts the append-only trigger for one statement, then restores it. */
    private void asOwner(String sql, long globalIndex, byte[] payload) {
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
        try {
            if (payload == null) {
                jdbc.update(sql, globalIndex);
            } else {
                jdbc.update(sql, payload, globalIndex);
            }
        } finally {
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        }
    }
}
