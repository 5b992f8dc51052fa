package org.cooperaflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.RunningJar;

/**
 * Property-based fuzzing of every request body the API takes (POST and PUT), on the built jar: each try takes a valid
 * body and breaks it in a way no field accepts (a value of another JSON kind at any node, an oversized text, a control
 * character in a text, a cut-off document, free text), sends it as a user entitled to the request, and expects a 4xx
 * problem and not one event more in the store.
 */
class FuzzedBodiesIT {

    private static final int TRIES = 40;
    private static final String HUGE = "x".repeat(300_000);

    private static RunningJar app;
    private static Connection db;
    private static String draftId;
    private static String pledgeId;
    private static String screeningTaskId;
    private static String accountId;

    /** A broken body: the text sent, and what was broken (shown when a try fails). */
    record Broken(String text, String how) {
        @Override
        public String toString() {
            return how + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    @BeforeContainer
    static void startTheJar() throws Exception {
        Path dataDir = Files.createTempDirectory("fuzzed-bodies");
        app = new RunningJar("fuzzed-bodies", Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString()));
        app.start(Duration.ofSeconds(150));
        db = RunningJar.connectToDatabaseIn(dataDir);

        ApiClient officer = app.as("officer-jm");
        accountId = created(app.as("fund").post("/api/accounts", Bodies.account("Fuzzed education")));
        draftId = created(officer.post("/api/proposals", IntegrationTest.proposalBody("JM", "A draft to update")));
        String submittedId = created(officer.post("/api/proposals", IntegrationTest.proposalBody("JM", "In screening")));
        assertThat(officer.post("/api/proposals/" + submittedId + "/submit", null).status()).isEqualTo(200);
        pledgeId = created(app.as("fund").post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), accountId, "500000.00", "USD")));
        screeningTaskId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode items = app.as("secretariat").get("/api/tasks?caseId=" + submittedId).json().get("items");
            return items.isEmpty() ? null : items.get(0).get("id").asText();
        }, id -> id != null);
        // the workflow's own events of the fixtures are written before the tries count events
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(1)).until(() -> {
            long now = events();
            boolean stable = now == last[0];
            last[0] = now;
            return stable;
        });
    }

    @AfterContainer
    static void stopTheJar() throws Exception {
        if (db != null) {
            db.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = TRIES)
    void proposalDrafts(@ForAll("proposals") Broken body) {
        assertRejected("officer-jm", "POST", "/api/proposals", body);
    }

    @Property(tries = TRIES)
    void proposalUpdates(@ForAll("proposals") Broken body) {
        assertRejected("officer-jm", "PUT", "/api/proposals/" + draftId, body);
    }

    @Property(tries = TRIES)
    void cooperationRequests(@ForAll("cooperationRequests") Broken body) {
        assertRejected("officer-jm", "POST", "/api/cooperation-requests", body);
    }

    @Property(tries = TRIES)
    void thematicAccounts(@ForAll("accounts") Broken body) {
        assertRejected("fund", "POST", "/api/accounts", body);
    }

    @Property(tries = TRIES)
    void pledges(@ForAll("pledges") Broken body) {
        assertRejected("fund", "POST", "/api/contributions", body);
    }

    @Property(tries = TRIES)
    void receipts(@ForAll("receipts") Broken body) {
        assertRejected("fund", "POST", "/api/contributions/" + pledgeId + "/receipts", body);
    }

    @Property(tries = TRIES)
    void pledgeCancellations(@ForAll("cancellations") Broken body) {
        assertRejected("fund", "POST", "/api/contributions/" + pledgeId + "/cancel", body);
    }

    @Property(tries = TRIES)
    void taskCompletions(@ForAll("completions") Broken body) {
        assertRejected("secretariat", "POST", "/api/tasks/" + screeningTaskId + "/complete", body);
    }

    @Provide
    Arbitrary<Broken> proposals() {
        return broken(IntegrationTest.proposalBody("JM", "Fuzzed proposal"));
    }

    @Provide
    Arbitrary<Broken> cooperationRequests() {
        return broken(Bodies.cooperationRequest("JM", "Fuzzed need"));
    }

    @Provide
    Arbitrary<Broken> accounts() {
        return broken(Bodies.account("Fuzzed account"));
    }

    @Provide
    Arbitrary<Broken> pledges() {
        return broken(Bodies.contribution(Map.of("type", "MEMBER_STATE", "memberState", "US"), accountId,
                "1000.00", "USD"));
    }

    @Provide
    Arbitrary<Broken> receipts() {
        return broken(Bodies.receipt("1000.00", "USD", LocalDate.now().minusDays(1).toString(), null));
    }

    @Provide
    Arbitrary<Broken> cancellations() {
        return broken(Map.of("comment", "The donor withdrew"));
    }

    @Provide
    Arbitrary<Broken> completions() {
        return broken(Map.of("outcome", "COMPLETE", "comment", "All annexes present"));
    }

    private static void assertRejected(String user, String method, String path, Broken body) {
        long before = events();
        ApiClient.Response response = app.as(user).send(method, path, body.text(), Map.of());
        assertThat(response.status()).as(body + " -> " + response).isBetween(400, 499);
        assertThat(response.contentType()).as(body + " -> " + response).contains("problem+json");
        assertThat(events()).as("no event from " + body).isEqualTo(before);
    }

    /** A valid body broken one way. */
    private static Arbitrary<Broken> broken(Map<String, Object> valid) {
        String text = json(valid);
        List<List<Object>> nodes = new ArrayList<>();
        List<List<Object>> texts = new ArrayList<>();
        collect(valid, new ArrayList<>(), nodes, texts);
        Arbitrary<Broken> otherKind = Arbitraries.of(nodes).flatMap(path -> otherKinds(at(valid, path))
                .map(value -> new Broken(json(replaced(valid, path, 0, value)),
                        "another kind of value at " + path)));
        Arbitrary<Broken> badText = Arbitraries.of(texts).flatMap(path -> Arbitraries.of(HUGE,
                        "before\u0000after", "ring\u0007bell", "line\u001bescape")
                .map(value -> new Broken(json(replaced(valid, path, 0, value)),
                        "a text of " + value.length() + " characters with control characters or none at " + path)));
        Arbitrary<Broken> cutOff = Arbitraries.integers().between(0, text.length() - 1)
                .map(n -> new Broken(text.substring(0, n), "cut off after " + n + " characters"));
        Arbitrary<Broken> freeText = Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank() && !s.trim().startsWith("{"))
                .map(s -> new Broken(s, "free text"));
        return Arbitraries.oneOf(otherKind, badText, cutOff, freeText);
    }

    /** Values of a JSON kind that the node's is not: an object or a list for a value, a value for a structure. */
    private static Arbitrary<Object> otherKinds(Object value) {
        Object object = Map.of("unexpected", List.of(1, 2));
        Object list = List.of("unexpected", 3);
        if (value instanceof Map<?, ?>) {
            return Arbitraries.of(list, "text", 7, true);
        }
        if (value instanceof List<?>) {
            return Arbitraries.of(object, "text", 7, false);
        }
        return Arbitraries.of(object, list);
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> nodes, List<List<Object>> texts) {
        nodes.add(List.copyOf(path));
        if (node instanceof String) {
            texts.add(List.copyOf(path));
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                path.add(key);
                collect(value, path, nodes, texts);
                path.remove(path.size() - 1);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collect(list.get(i), path, nodes, texts);
                path.remove(path.size() - 1);
            }
        }
    }

    private static Object at(Object node, List<Object> path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    private static Object replaced(Object node, List<Object> path, int depth, Object value) {
        if (depth == path.size()) {
            return value;
        }
        Object step = path.get(depth);
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            copy.put(step, replaced(map.get(step), path, depth + 1, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<?>) node);
        int index = (Integer) step;
        copy.set(index, replaced(copy.get(index), path, depth + 1, value));
        return copy;
    }

    private static String json(Object body) {
        try {
            return ApiClient.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static long events() {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
