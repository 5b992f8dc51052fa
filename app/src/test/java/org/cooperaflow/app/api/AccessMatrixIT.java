package org.cooperaflow.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every endpoint the OpenAPI document lists under {@code /api}, called by every demo user and
 * anonymously, on cases of Jamaica's (officer-jm is their own state's officer, officer-co another state's, and
 * Colombia takes no part in them; Jamaica's offer is under review). What each gets is written once, in {@link #EXPECTED}: {@code pass} (the access
 * check let the request through: 2xx, or 409/422 when the case's state refuses it), {@code 403}, {@code 404} (the case
 * does not exist for that user) or {@code 401}. An endpoint in the document without a line in the table, or a line
 * for an endpoint the document does not list, fails the test.
 */
class AccessMatrixIT extends IntegrationTest {

    private static final List<String> USERS = List.of("anonymous", "officer-jm", "officer-co", "secretariat",
            "eligibility", "board1", "chair", "fund", "manager", "auditor", "admin");

    /**
     * One line per endpoint, in the order they are tried (reads first, then actions, the actions that end a case
     * last): the endpoint, then {@code user=answer} pairs, {@code *} for every signed-in user not named;
     * anonymous gets 401 unless named. A {@code #} begins a remark.
     */
    private static final String EXPECTED = """
            GET  /api/catalog/needs                                  *=pass anonymous=pass
            GET  /api/export/iati                                    *=pass anonymous=pass
            GET  /api/export/iati/organisation                       *=pass anonymous=pass
            GET  /api/catalog/offers                                 *=pass anonymous=pass
            GET  /api/offers/{id}                                    *=pass officer-co=404
            GET  /api/offers/{id}/matches                            *=pass officer-co=404
            GET  /api/cooperation-requests/{id}/matches              *=pass officer-co=404
            GET  /api/proposals                                      *=pass
            GET  /api/proposals/{id}                                 *=pass officer-co=404
            GET  /api/cooperation-requests/{id}                      *=pass officer-co=404
            GET  /api/accounts                                       *=pass
            GET  /api/accounts/{id}                                  *=pass
            GET  /api/contributions/{id}                             *=403 fund=pass manager=pass auditor=pass admin=pass
            GET  /api/dashboard/stages                               *=403 manager=pass admin=pass
            GET  /api/dashboard/funding                              *=403 manager=pass admin=pass
            GET  /api/reports/alignment                              *=403 manager=pass admin=pass
            GET  /api/audit/verify                                   *=403 auditor=pass admin=pass
            GET  /api/audit/{caseId}                                 *=403 auditor=pass admin=pass
            GET  /api/admin/dead-letters                             *=403 admin=pass
            GET  /api/admin/dead-letters/{processor}                 *=403 admin=pass
            POST /api/admin/dead-letters/{processor}/retry           *=403 admin=pass
            POST /api/admin/dead-letters/{processor}/{caseId}/evict  *=403 admin=404   # the case has no letters
            POST /api/admin/projections/{name}/reset                 *=403 admin=pass
            GET  /api/tasks                                          *=pass
            GET  /api/tasks/{id}                                     *=403 secretariat=pass
            POST /api/tasks/{id}/claim                               *=403 secretariat=pass
            POST /api/tasks/{id}/unclaim                             *=403 secretariat=pass
            POST /api/tasks/{id}/complete                            *=403 secretariat=pass
            POST /api/accounts                                       *=403 fund=pass
            POST /api/contributions                                  *=403 fund=pass
            POST /api/contributions/{id}/receipts                    *=403 fund=pass
            POST /api/contributions/{id}/cancel                      *=403 fund=pass
            POST /api/proposals                                      *=403 officer-jm=pass
            PUT  /api/proposals/{id}                                 *=403 officer-jm=pass officer-co=404
            POST /api/proposals/{id}/submit                          *=403 officer-jm=pass officer-co=404
            POST /api/proposals/{id}/resubmit                        *=403 officer-jm=pass officer-co=404
            POST /api/proposals/{id}/withdraw                        *=403 officer-jm=pass officer-co=404
            POST /api/cooperation-requests                           *=403 officer-jm=pass
            POST /api/cooperation-requests/{id}/submit               *=403 officer-jm=pass officer-co=404
            POST /api/cooperation-requests/{id}/withdraw             *=403 officer-jm=pass officer-co=404
            POST /api/offers                                         *=403 officer-jm=pass
            POST /api/offers/{id}/submit                             *=403 officer-jm=pass officer-co=404
            POST /api/offers/{id}/matches/{requestId}/proposal       *=403 officer-jm=pass officer-co=404
            POST /api/offers/{id}/withdraw                           *=403 officer-jm=pass officer-co=404
            """;

    @Test
    void everyEndpointAnswersEveryUserAsTheTableSays() {
        Map<String, Map<String, String>> expected = parse(EXPECTED);
        Set<String> documented = documentedOperations();
        assertThat(expected.keySet()).as("the table has a line for every endpoint of the OpenAPI document, and no"
                + " other").containsExactlyInAnyOrderElementsOf(documented);

        Fixture fixture = new Fixture();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> line : expected.entrySet()) {
            String[] operation = line.getKey().split(" ", 2);
            String path = fixture.path(operation[1]);
            Object body = fixture.body(line.getKey());
            // those the check lets through come last: their action may change the case for the others
            List<String> users = new ArrayList<>(USERS);
            users.sort((x, y) -> Boolean.compare(answerFor(line.getValue(), x).equals("pass"),
                    answerFor(line.getValue(), y).equals("pass")));
            for (String user : users) {
                String want = answerFor(line.getValue(), user);
                ApiClient client = user.equals("anonymous") ? anonymous() : as(user);
                ApiClient.Response response = client.send(operation[0], path, body, Map.of());
                String got = classify(response.status());
                if (!got.equals(want)) {
                    mismatches.add(line.getKey() + " as " + user + ": expected " + want + ", got "
                            + response.status() + " " + abbreviate(response.text()));
                }
                if (response.status() >= 400 && response.status() != 401) {
                    assertThat(response.contentType()).as(line.getKey() + " as " + user)
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).as("answers that differ from the table").isEmpty();
    }

    /**
     * The OpenAPI document says who may call each operation ({@code x-roles}, from {@code @CalledBy}): a user of a role
     * it does not name is refused (403, or 401 when not signed in), and a user of a role it names who is refused all
     * the same is refused by a further limit the operation documents ({@code x-limit}, with its 403 answer).
     */
    @Test
    void theDocumentNamesWhoMayCallAsTheTableFinds() {
        Map<String, Map<String, String>> expected = parse(EXPECTED);
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> line : expected.entrySet()) {
            String[] operation = line.getKey().split(" ", 2);
            JsonNode documented = paths.get(operation[1]).get(operation[0].toLowerCase());
            Set<String> roles = new TreeSet<>();
            documented.get("x-roles").forEach(role -> roles.add(role.asText()));
            boolean documentsRefusal = documented.has("x-limit") && documented.get("responses").has("403");
            for (String user : USERS) {
                String answer = answerFor(line.getValue(), user);
                Set<String> role = user.equals("anonymous") ? Set.of("anonymous") : ROLES_OF_USER.get(user);
                boolean named = role.stream().anyMatch(roles::contains);
                boolean refused = answer.equals("403") || answer.equals("401");
                if (!named && !refused) {
                    mismatches.add(line.getKey() + ": " + user + " (" + role + ") gets " + answer
                            + " but the document's roles are " + roles);
                } else if (named && refused && !(answer.equals("403") && documentsRefusal)) {
                    mismatches.add(line.getKey() + ": " + user + " (" + role + ") is named in " + roles
                            + " but gets " + answer
                            + (answer.equals("403") ? ", and the document names no further limit" : ""));
                }
            }
        }
        assertThat(mismatches).as("the document's roles against the answers of the table").isEmpty();
    }

    /** The demo users' roles (application-demo.yml). */
    private static final Map<String, Set<String>> ROLES_OF_USER = Map.ofEntries(
            Map.entry("officer-jm", Set.of("member-state")), Map.entry("officer-co", Set.of("member-state")),
            Map.entry("secretariat", Set.of("secretariat")), Map.entry("eligibility", Set.of("eligibility")),
            Map.entry("board1", Set.of("board")), Map.entry("chair", Set.of("board", "board-chair")),
            Map.entry("fund", Set.of("fund-manager")), Map.entry("manager", Set.of("manager")),
            Map.entry("auditor", Set.of("auditor")), Map.entry("admin", Set.of("admin")));

    /** The table parsed: operation to (user or *) to answer, in the table's order. */
    private static Map<String, Map<String, String>> parse(String table) {
        Map<String, Map<String, String>> lines = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] words = line.replaceAll("#.*", "").trim().split("\\s+");
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 2; i < words.length; i++) {
                String[] pair = words[i].split("=", 2);
                assertThat(USERS.contains(pair[0]) || pair[0].equals("*")).as("a user of the table: " + pair[0])
                        .isTrue();
                answers.put(pair[0], pair[1]);
            }
            assertThat(lines.put(words[0] + " " + words[1], answers)).as("one line for " + words[1]).isNull();
        }
        return lines;
    }

    private static String answerFor(Map<String, String> answers, String user) {
        if (answers.containsKey(user)) {
            return answers.get(user);
        }
        return user.equals("anonymous") ? "401" : answers.get("*");
    }

    private static String classify(int status) {
        if (status / 100 == 2 || status == 409 || status == 422) {
            return "pass";
        }
        return Integer.toString(status);
    }

    private Set<String> documentedOperations() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fieldNames().forEachRemaining(method -> operations.add(
                        method.toUpperCase() + " " + path.getKey()));
            }
        }
        return operations;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /**
     * The cases the table is tried on: Jamaica's proposal, submitted, with its screening task open (Brazil provides,
     * Colombia takes no part); Jamaica's need and offer, submitted; a thematic account and a pledge to it awaiting its
     * receipt.
     */
    private final class Fixture {

        final String proposal;
        final String task;
        final String request;
        final String offer;
        final String account;
        final String contribution;

        Fixture() {
            ApiClient jamaica = as("officer-jm");
            proposal = created(jamaica.post("/api/proposals", jamaicasProposal("Access matrix: Jamaica's proposal")));
            ok(jamaica.post("/api/proposals/" + proposal + "/submit", null));
            task = awaitTask("secretariat", proposal, ProposalLifecycleProcess.Elements.TASK_SCREEN_PROPOSAL);
            request = created(jamaica.post("/api/cooperation-requests",
                    Bodies.cooperationRequest("JM", "Access matrix: Jamaica's need")));
            ok(jamaica.post("/api/cooperation-requests/" + request + "/submit", null));
            offer = created(jamaica.post("/api/offers", Bodies.offer("JM", "Access matrix: Jamaica's offer")));
            ok(jamaica.post("/api/offers/" + offer + "/submit", null));
            account = educationAccount("Access matrix account");
            contribution = created(as("fund").post("/api/contributions", Bodies.contribution(
                    Map.of("type", "MEMBER_STATE", "memberState", "US"), account, "1000.00", "USD")));
            awaitTask("fund", contribution, ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
            awaitProcessorsCaughtUp();
        }

        String path(String template) {
            String path = template;
            if (template.startsWith("/api/proposals/") || template.startsWith("/api/audit/")) {
                path = path.replace("{id}", proposal).replace("{caseId}", proposal);
            } else if (template.startsWith("/api/cooperation-requests/")) {
                path = path.replace("{id}", request);
            } else if (template.startsWith("/api/offers/")) {
                path = path.replace("{id}", offer).replace("{requestId}", request);
            } else if (template.startsWith("/api/accounts/")) {
                path = path.replace("{id}", account);
            } else if (template.startsWith("/api/contributions/")) {
                path = path.replace("{id}", contribution);
            } else if (template.startsWith("/api/tasks/")) {
                path = path.replace("{id}", task);
            } else if (template.startsWith("/api/admin/")) {
                path = path.replace("{processor}", "request-index").replace("{name}", "request-index")
                        .replace("{caseId}", request);
            }
            if (path.contains("{")) {
                fail("no value for the path variables of " + template);
            }
            return switch (template) {
                case "/api/reports/alignment" -> path + "?year=" + LocalDate.now().getYear();
                default -> path;
            };
        }

        Object body(String operation) {
            return switch (operation) {
                case "POST /api/proposals", "PUT /api/proposals/{id}" -> jamaicasProposal("Access matrix: again");
                case "POST /api/cooperation-requests" -> Bodies.cooperationRequest("JM", "Access matrix: another need");
                case "POST /api/offers" -> Bodies.offer("JM", "Access matrix: another offer");
                case "POST /api/accounts" -> Bodies.account("Access matrix: another account");
                case "POST /api/contributions" -> Bodies.contribution(
                        Map.of("type", "MEMBER_STATE", "memberState", "CA"), account, "500.00", "CAD");
                case "POST /api/contributions/{id}/receipts" ->
                        Bodies.receipt("1000.00", "USD", LocalDate.now().toString(), null);
                case "POST /api/contributions/{id}/cancel" -> Map.of("comment", "Access matrix: pledge withdrawn");
                case "POST /api/tasks/{id}/complete" -> Map.of("outcome", "COMPLETE", "comment", "Complete file");
                case "POST /api/admin/dead-letters/{processor}/{caseId}/evict" ->
                        Map.of("reason", "Access matrix: nothing to evict");
                default -> null;
            };
        }

        private Map<String, Object> jamaicasProposal(String title) {
            Map<String, Object> body = new LinkedHashMap<>(proposalBody("JM", title));
            body.put("partners", List.of(Map.of("memberState", "BR", "role", "PROVIDER"),
                    Map.of("memberState", "JM", "role", "BENEFICIARY")));
            return body;
        }
    }
}
