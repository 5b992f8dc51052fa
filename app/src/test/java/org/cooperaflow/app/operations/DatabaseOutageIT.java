package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running application (finding 13): health says DOWN at once, requests are told
 * the service is unavailable (503, not 500 after 30 s), and SIGTERM still stops the application within its
 * graceful-shutdown timeout.
 */
class DatabaseOutageIT {

    /** {@code spring.lifecycle.timeout-per-shutdown-phase}. */
    private static final Duration GRACEFUL_SHUTDOWN = Duration.ofSeconds(30);

    @Test
    void healthAnswersDownAtOnceRequestsGet503AndSigtermStillStopsTheApplication() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(RunningJar.freePort()).start();
        try (RunningJar app = new RunningJar("database-outage", Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "unused"))) {
            app.start(Duration.ofSeconds(120));
            assertThat(app.healthStatus()).isEqualTo(200);

            database.close();

            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                int status = app.healthStatus();
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(status).as("health without the database").isEqualTo(503);
                assertThat(took).as("health answers within a second").isLessThan(Duration.ofSeconds(1));
            }
            long start = System.nanoTime();
            ApiClient.Response list = app.as("manager").get("/api/proposals");
            assertThat(list.status()).as(list.text()).isEqualTo(503);
            assertThat(list.contentType()).startsWith("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

            Duration stopped = app.terminate(GRACEFUL_SHUTDOWN.plusSeconds(5));
            assertThat(stopped).as("SIGTERM stops the application within its graceful-shutdown timeout").isNotNull()
                    .isLessThan(GRACEFUL_SHUTDOWN);
        } finally {
            database.close();
        }
    }
}
