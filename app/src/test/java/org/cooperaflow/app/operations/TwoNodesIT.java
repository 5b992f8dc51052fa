package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cooperaflow.app.support.StoreCounts.counts;
import static org.cooperaflow.app.support.StoreCounts.eventCounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.ReliabilityReport;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application JVMs on one PostgreSQL, as {@code docker/compose.yaml} runs them: cases filed on one node are
 * submitted and screened on the other; then, under a burst of commands on both, one node is killed with
 * {@code kill -9}. The other takes over its processors' claims: every acknowledged write has its event once, every
 * submitted proposal exactly one process, and the surviving node's proposal list holds every submitted proposal.
 */
class TwoNodesIT {

    @TempDir
    Path dataDir;

    private final Set<String> drafted = ConcurrentHashMap.newKeySet();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempted = new AtomicInteger();

    @Test
    void casesFlowAcrossTwoNodesAndTheSurvivorOfAKillTakesOverLosingNothing() throws Exception {
        try (RunningJar a = new RunningJar("two-nodes-a", Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString()))) {
            a.start(Duration.ofSeconds(150));
            try (RunningJar b = RunningJar.secondNodeOn(dataDir, "two-nodes-b")) {
                b.start(Duration.ofSeconds(150));

                // filed on one node, submitted on the other, screened on either
                for (int i = 0; i < 4; i++) {
                    RunningJar filer = i % 2 == 0 ? a : b;
                    RunningJar submitter = i % 2 == 0 ? b : a;
                    attempted.addAndGet(2);
                    String id = draft(filer.as("officer-jm"), "Across the nodes " + i);
                    assertThat(submitter.as("officer-jm").post("/api/proposals/" + id + "/submit", null).status())
                            .isEqualTo(200);
                    submitted.add(id);
                    JsonNode task = awaitScreening(i % 2 == 0 ? a : b, id);
                    ApiClient.Response screened = submitter.as("secretariat").post(
                            "/api/tasks/" + task.get("id").asText() + "/complete",
                            Map.of("outcome", "COMPLETE", "comment", "Complete file"));
                    assertThat(screened.status()).as(screened.text()).isEqualTo(204);
                    await().atMost(Duration.ofSeconds(30)).until(() -> "ELIGIBILITY".equals(
                            filer.as("officer-jm").get("/api/proposals/" + id).json().get("stage").asText()));
                }

                // a burst on both nodes, and node a killed in it
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService clients = Executors.newFixedThreadPool(4);
                for (RunningJar node : List.of(a, b, a, b)) {
                    ApiClient officer = node.as("officer-co");
                    clients.submit(() -> {
                        for (int n = 0; !stop.get(); n++) {
                            try {
                                attempted.addAndGet(2);
                                String id = draft(officer, "In the burst " + n);
                                if (officer.post("/api/proposals/" + id + "/submit", null).status() == 200) {
                                    submitted.add(id);
                                }
                            } catch (RuntimeException | AssertionError nodeGone) {
                                if (stop.get() || !node.isAlive()) {
                                    return;
                                }
                            }
                        }
                    });
                }
                Thread.sleep(3_000);
                a.kill();
                long killed = System.nanoTime();
                Thread.sleep(3_000);
                stop.set(true);
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

                ApiClient manager = b.as("manager");
                try (Connection db = RunningJar.connectToDatabaseIn(dataDir)) {
                    Map<String, Integer> drafts = eventCounts(db, "ProposalDraftedEvent");
                    Map<String, Integer> submits = eventCounts(db, "ProposalSubmittedEvent");
                    assertThat(drafted).allMatch(id -> drafts.getOrDefault(id, 0) == 1);
                    assertThat(submitted).allMatch(id -> submits.getOrDefault(id, 0) == 1);
                    // node b claims what node a held once a's claims time out, and catches up
                    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                        Map<String, Integer> processes = counts(db, "SELECT business_key_, count(*) "
                                + "FROM act_hi_procinst WHERE proc_def_key_ = 'ProposalLifecycleProcess' "
                                + "GROUP BY business_key_");
                        assertThat(processes.keySet()).isEqualTo(submits.keySet());
                        assertThat(processes.values()).allMatch(n -> n == 1);
                        // a manager's list shows every proposal past its draft
                        assertThat(manager.get("/api/proposals?size=1").json().get("total").asLong())
                                .isEqualTo(submits.size());
                    });
                    double recovered = (System.nanoTime() - killed) / 1e9;
                    long lost = drafted.stream().filter(id -> !drafts.containsKey(id)).count()
                            + submitted.stream().filter(id -> !submits.containsKey(id)).count();
                    long doubled = drafts.values().stream().filter(n -> n > 1).count()
                            + submits.values().stream().filter(n -> n > 1).count();
                    ReliabilityReport.row("kill -9 of one of two nodes in a burst of drafts and submissions on both",
                            attempted.get(), drafted.size() + submitted.size(), lost, doubled, recovered);
                }
                b.terminate(Duration.ofSeconds(45));
            } finally {
                // the killed node left its PostgreSQL running: a start on its folder stops that one; SIGTERM stops
                // the node and its server
                if (!a.isAlive()) {
                    a.start(Duration.ofSeconds(150));
                }
                a.terminate(Duration.ofSeconds(45));
            }
        }
    }

    private String draft(ApiClient officer, String title) {
        String state = title.startsWith("In the burst") ? "CO" : "JM";
        ApiClient.Response response = officer.post("/api/proposals", IntegrationTest.proposalBody(state, title));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        String id = response.json().get("id").asText();
        drafted.add(id);
        return id;
    }

    private static JsonNode awaitScreening(RunningJar node, String id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode items = node.as("secretariat").get("/api/tasks?caseId=" + id).json().get("items");
            return items != null && items.size() == 1 ? items.get(0) : null;
        }, task -> task != null);
    }
}
