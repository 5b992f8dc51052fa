package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore of the embedded default, as an operator runs them: {@code ops/backup.sh} while the
 * application serves, {@code ops/restore.sh} while it is stopped; the next start holds every case and process as they
 * were at the backup, nothing after it, an intact audit chain, and takes new work.
 */
class BackupRestoreIT {

    private static final Path OPS = Path.of("..", "ops").toAbsolutePath().normalize();

    @TempDir
    Path workDir;

    @Test
    void aBackupTakenWhileServingRestoresTheAgencyAsItWasThen() throws Exception {
        Path dataDir = workDir.resolve("data");
        Path backup = workDir.resolve("backup-1");
        Map<String, String> environment = Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString());
        try (RunningJar app = new RunningJar("backup-restore", environment)) {
            app.start(Duration.ofSeconds(120));
            String before = created(app.as("officer-jm").post("/api/cooperation-requests",
                    Bodies.cooperationRequest("JM", "Filed before the backup")));
            ApiClient.Response submitted = app.as("officer-jm")
                    .post("/api/cooperation-requests/" + before + "/submit", null);
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
            JsonNode diagnosis = awaitTask(app, before);
            String stage = app.as("officer-jm").get("/api/cooperation-requests/" + before).json().get("stage").asText();

            assertThat(run(dataDir, "backup.sh", backup.toString())).isZero();
            String after = created(app.as("officer-jm").post("/api/cooperation-requests",
                    Bodies.cooperationRequest("JM", "Filed after the backup")));

            assertThat(run(dataDir, "restore.sh", backup.toString())).as("refused while the application runs")
                    .isNotZero();
            assertThat(app.terminate(Duration.ofSeconds(45))).isNotNull();
            assertThat(run(dataDir, "restore.sh", backup.toString())).isZero();
            try (Stream<Path> kept = Files.list(workDir)) {
                assertThat(kept.map(p -> p.getFileName().toString()))
                        .as("the data folder as it was is kept").anyMatch(n -> n.startsWith("data.before-restore-"));
            }

            app.start(Duration.ofSeconds(150));
            ApiClient officer = app.as("officer-jm");
            JsonNode restored = officer.get("/api/cooperation-requests/" + before).json();
            assertThat(restored.get("title").asText()).isEqualTo("Filed before the backup");
            assertThat(restored.get("stage").asText()).isEqualTo(stage).isEqualTo("UNDER_DIAGNOSIS");
            assertThat(officer.get("/api/cooperation-requests/" + after).status()).isEqualTo(404);
            JsonNode task = awaitTask(app, before);
            assertThat(task.get("id").asText()).as("the diagnosis task is the one of before the backup")
                    .isEqualTo(diagnosis.get("id").asText());
            JsonNode verify = app.as("auditor").get("/api/audit/verify").json();
            assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
            created(officer.post("/api/cooperation-requests", Bodies.cooperationRequest("JM", "Filed after the restore")));
        }
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static JsonNode awaitTask(RunningJar app, String caseId) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode items = app.as("secretariat").get("/api/tasks?caseId=" + caseId).json().get("items");
            return items != null && items.size() == 1 ? items.get(0) : null;
        }, t -> t != null);
    }

    private int run(Path dataDir, String script, String argument) throws IOException, InterruptedException {
        Path log = workDir.resolve(script + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", OPS.resolve(script).toString(), argument))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("COOPERAFLOW_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " ends").isTrue();
        System.out.println(script + ": " + Files.readString(log, StandardCharsets.UTF_8));
        return process.exitValue();
    }
}
