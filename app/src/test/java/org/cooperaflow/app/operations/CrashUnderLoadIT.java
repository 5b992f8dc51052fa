package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cooperaflow.app.support.StoreCounts.counts;
import static org.cooperaflow.app.support.StoreCounts.eventCounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.ReliabilityReport;
import org.cooperaflow.app.support.StoreCounts;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application in a burst of commands and task completions, as a power cut would do it: after
 * the restart, every request that was answered 2xx has its event, exactly once; every submitted proposal has exactly
 * one lifecycle process, none missing, none started twice; and each process is where its case's events say (an open
 * screening task exactly while the proposal is submitted and not yet screened).
 */
class CrashUnderLoadIT {

    private static final String SCREEN = "Task_ScreenProposal";
    private static final Duration BURST = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    private final Set<String> drafted = ConcurrentHashMap.newKeySet();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final Set<String> screened = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempted = new AtomicInteger();

    @Test
    void killMinusNineInABurstLosesNoAcknowledgedWriteAndStartsNoProcessTwice() throws Exception {
        try (RunningJar app = new RunningJar("crash-under-load", Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString()))) {
            app.start(Duration.ofSeconds(150));
            for (int i = 0; i < 6; i++) {
                draftAndSubmit(app.as("officer-jm"), "Before the burst " + i);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> openScreenings(app.as("secretariat")).size() >= 6);

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(5);
            for (String officer : List.of("officer-jm", "officer-co", "officer-jm")) {
                ApiClient client = app.as(officer);
                String state = officer.endsWith("co") ? "CO" : "JM";
                clients.submit(() -> loop(stop, n -> draftAndSubmit(client, state, "In the burst " + n)));
            }
            for (int i = 0; i < 2; i++) {
                ApiClient secretariat = app.as("secretariat");
                clients.submit(() -> loop(stop, n -> screenOne(secretariat)));
            }
            Thread.sleep(BURST.toMillis());
            app.kill();
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(submitted).as("the burst submitted proposals before the kill").isNotEmpty();

            long restarting = System.nanoTime();
            app.start(Duration.ofSeconds(150));
            try (Connection db = RunningJar.connectToDatabaseIn(dataDir)) {
                // the workflow processor catches up with what was committed before the kill
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertProcessesMatchEvents(db));
                double recovered = (System.nanoTime() - restarting) / 1e9;

                Map<String, Integer> draftEvents = eventCounts(db, "ProposalDraftedEvent");
                Map<String, Integer> submitEvents = eventCounts(db, "ProposalSubmittedEvent");
                Map<String, Integer> screenEvents = eventCounts(db, "ProposalScreenedEvent");
                int lost = 0;
                int doubled = 0;
                for (var acknowledged : List.of(Map.entry(drafted, draftEvents), Map.entry(submitted, submitEvents),
                        Map.entry(screened, screenEvents))) {
                    for (String id : acknowledged.getKey()) {
                        int events = acknowledged.getValue().getOrDefault(id, 0);
                        lost += events == 0 ? 1 : 0;
                        doubled += events > 1 ? 1 : 0;
                    }
                }
                int acked = drafted.size() + submitted.size() + screened.size();
                long leaked = StoreCounts.leaks(db);
                ReliabilityReport.row("kill -9 of the JVM in a burst of drafts, submissions and screenings",
                        attempted.get(), acked, lost, doubled, leaked, recovered);
                assertThat(lost).as("acknowledged writes without their event").isZero();
                assertThat(leaked).as("processes, tasks or transactions left behind").isZero();
                assertThat(doubled).as("acknowledged writes with their event twice").isZero();
                assertThat(draftEvents.values()).allMatch(n -> n == 1);
                assertThat(submitEvents.values()).allMatch(n -> n == 1);
            }
            // and the restarted application takes new work
            draftAndSubmit(app.as("officer-co"), "CO", "After the restart");
        }
    }

    private void loop(AtomicBoolean stop, Consumer<Integer> work) {
        for (int n = 0; !stop.get(); n++) {
            try {
                work.accept(n);
            } catch (RuntimeException connectionGone) {
                if (stop.get()) {
                    return;
                }
            }
        }
    }

    private void draftAndSubmit(ApiClient officer, String title) {
        draftAndSubmit(officer, "JM", title);
    }

    private void draftAndSubmit(ApiClient officer, String memberState, String title) {
        attempted.incrementAndGet();
        ApiClient.Response draft = officer.post("/api/proposals", IntegrationTest.proposalBody(memberState, title));
        if (draft.status() != 201) {
            return;
        }
        String id = draft.json().get("id").asText();
        drafted.add(id);
        attempted.incrementAndGet();
        if (officer.post("/api/proposals/" + id + "/submit", null).status() == 200) {
            submitted.add(id);
        }
    }

    private void screenOne(ApiClient secretariat) {
        List<JsonNode> open = openScreenings(secretariat);
        if (open.isEmpty()) {
            return;
        }
        JsonNode task = open.get((int) (Math.random() * open.size()));
        attempted.incrementAndGet();
        ApiClient.Response done = secretariat.post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("outcome", "COMPLETE", "comment", "Complete file"));
        if (done.status() == 204) {
            screened.add(task.get("caseId").asText());
        }
    }

    private static List<JsonNode> openScreenings(ApiClient secretariat) {
        JsonNode items = secretariat.get("/api/tasks?type=" + SCREEN + "&size=20").json().get("items");
        List<JsonNode> tasks = new ArrayList<>();
        items.forEach(tasks::add);
        return tasks;
    }

    /** Every submitted proposal has one lifecycle process, and an open screening task exactly until screened. */
    private static void assertProcessesMatchEvents(Connection db) throws SQLException {
        Map<String, Integer> submittedInStore = eventCounts(db, "ProposalSubmittedEvent");
        Map<String, Integer> screenedInStore = eventCounts(db, "ProposalScreenedEvent");
        Map<String, Integer> processes = counts(db, "SELECT business_key_, count(*) FROM act_hi_procinst "
                + "WHERE proc_def_key_ = 'ProposalLifecycleProcess' GROUP BY business_key_");
        Map<String, Integer> openScreenings = counts(db, "SELECT p.business_key_, count(*) FROM act_ru_task t "
                + "JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_ WHERE t.task_def_key_ = '" + SCREEN + "' "
                + "GROUP BY p.business_key_");
        assertThat(processes.keySet()).as("proposals with a process").isEqualTo(submittedInStore.keySet());
        assertThat(processes.values()).as("no process started twice").allMatch(n -> n == 1);
        for (String id : submittedInStore.keySet()) {
            int expected = screenedInStore.containsKey(id) ? 0 : 1;
            assertThat(openScreenings.getOrDefault(id, 0)).as("open screening tasks of " + id).isEqualTo(expected);
        }
    }
}
