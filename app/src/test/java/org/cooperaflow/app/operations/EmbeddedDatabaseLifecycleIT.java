package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as a small office runs it, from the README's command: durable writes, a password nobody
 * else knows, and a clean start again after the application was killed (finding 5).
 */
class EmbeddedDatabaseLifecycleIT {

    @TempDir
    Path dataDir;

    @Test
    void survivesKillMinusNineWritesDurablyAndAsksForItsPassword() throws Exception {
        try (RunningJar app = new RunningJar("embedded-lifecycle", Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString()))) {
            app.start(Duration.ofSeconds(120));
            assertThat(app.healthStatus()).isEqualTo(200);
            ApiClient.Response need = app.as("officer-jm").post("/api/cooperation-requests",
                    Bodies.cooperationRequest("JM", "Kept across a crash"));
            assertThat(need.status()).as(need.text()).isEqualTo(201);
            String needId = need.json().get("id").asText();

            String password = Files.readString(dataDir.resolve("postgres-password"), StandardCharsets.UTF_8).trim();
            try (Connection connection = connect(password)) {
                assertThat(settings(connection, "fsync", "synchronous_commit", "full_page_writes"))
                        .containsExactly("on", "on", "on");
                assertThat(settings(connection, "listen_addresses")).containsExactly("localhost");
            }
            assertThatThrownBy(() -> connect(null).close()).as("no way in without the password")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect("postgres").close()).isInstanceOf(SQLException.class);
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres-password")))
                    .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");

            app.kill();
            long orphan = serverPid();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed JVM left its server")
                    .contains(true);

            app.start(Duration.ofSeconds(150));
            assertThat(app.healthStatus()).as("started again on the same folder").isEqualTo(200);
            ApiClient.Response kept = app.as("officer-jm").get("/api/cooperation-requests/" + needId);
            assertThat(kept.status()).as(kept.text()).isEqualTo(200);
            assertThat(kept.json().get("title").asText()).isEqualTo("Kept across a crash");
            assertThat(ProcessHandle.of(orphan).filter(p -> p.isAlive() && p.info().command().isPresent()))
                    .as("the orphaned server was stopped").isEmpty();

            long server = serverPid();
            Duration stopped = app.terminate(Duration.ofSeconds(45));
            assertThat(stopped).as("SIGTERM stops the application").isNotNull();
            assertThat(ProcessHandle.of(server).filter(p -> p.isAlive() && p.info().command().isPresent()))
                    .as("SIGTERM stops its server too").isEmpty();
        }
    }

    private Connection connect(String password) throws SQLException, java.io.IOException {
        String url = "jdbc:postgresql://localhost:" + serverPort() + "/postgres";
        return password == null ? DriverManager.getConnection(url + "?user=postgres")
                : DriverManager.getConnection(url, "postgres", password);
    }

    private static List<String> settings(Connection connection, String... names) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** postmaster.pid: the server's process id on line 1, its port on line 4. */
    private long serverPid() throws java.io.IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private int serverPort() throws java.io.IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim());
    }
}
