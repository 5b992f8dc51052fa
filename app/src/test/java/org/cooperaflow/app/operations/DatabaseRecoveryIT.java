package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.ReliabilityReport;
import org.cooperaflow.app.support.StoreCounts;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stops for ten seconds under a working application and comes back: meanwhile every request is told the
 * service is unavailable (503 problem, never a 500) and nothing is half-written; afterwards the same application,
 * not restarted, serves again, takes new cases, and its processors and processes go on where they were.
 */
class DatabaseRecoveryIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);

    @TempDir
    Path databaseDir;

    @Test
    void theApplicationRecoversWithoutARestartAndNothingIsHalfWritten() throws Exception {
        int port = RunningJar.freePort();
        EmbeddedPostgres database = start(port);
        try (RunningJar app = new RunningJar("database-recovery", Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "unused"))) {
            app.start(Duration.ofSeconds(120));
            ApiClient officer = app.as("officer-jm");
            String before = draftAndSubmit(officer, "Submitted before the outage");
            awaitScreening(app, before);

            database.close();
            Map<Integer, Integer> statuses = new HashMap<>();
            long end = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < end) {
                ApiClient.Response draft = officer.post("/api/proposals",
                        IntegrationTest.proposalBody("JM", "Sent during the outage"));
                statuses.merge(draft.status(), 1, Integer::sum);
                assertThat(draft.status()).as(draft.text()).isEqualTo(503);
                assertThat(draft.contentType()).startsWith("application/problem+json");
                ApiClient.Response list = officer.get("/api/proposals");
                assertThat(list.status()).as(list.text()).isEqualTo(503);
                Thread.sleep(200);
            }
            assertThat(app.healthStatus()).isEqualTo(503);

            database = start(port);
            long restarted = System.nanoTime();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> app.healthStatus() == 200);
            double recovered = (System.nanoTime() - restarted) / 1e9;
            String after = draftAndSubmit(officer, "Submitted after the outage");
            awaitScreening(app, after);
            assertThat(officer.get("/api/proposals/" + before).json().get("stage").asText()).isEqualTo("SCREENING");
            try (Connection connection = database.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet drafted = statement.executeQuery("SELECT count(*) FROM domainevententry "
                         + "WHERE payloadType LIKE '%.ProposalDraftedEvent'")) {
                drafted.next();
                int events = drafted.getInt(1);
                int attempted = statuses.values().stream().mapToInt(Integer::intValue).sum() + 2;
                long leaked = StoreCounts.leaks(connection);
                ReliabilityReport.row("database stopped for " + OUTAGE.toSeconds() + " s under drafts and reads",
                        attempted, 2, Math.max(0, 2 - events), Math.max(0, events - 2), leaked, recovered);
                assertThat(leaked).as("processes, tasks or transactions left behind").isZero();
                assertThat(events).as("a drafted event for each 201, none for the 503s").isEqualTo(2);
            }
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres start(int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(databaseDir)
                .setCleanDataDirectory(false).start();
    }

    private static String draftAndSubmit(ApiClient officer, String title) {
        ApiClient.Response draft = officer.post("/api/proposals", IntegrationTest.proposalBody("JM", title));
        assertThat(draft.status()).as(draft.text()).isEqualTo(201);
        String id = draft.json().get("id").asText();
        ApiClient.Response submitted = officer.post("/api/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return id;
    }

    private static void awaitScreening(RunningJar app, String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode items = app.as("secretariat").get("/api/tasks?caseId=" + id).json().get("items");
            return items != null && items.size() == 1;
        });
    }
}
