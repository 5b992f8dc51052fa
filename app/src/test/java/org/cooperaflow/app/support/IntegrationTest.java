package org.cooperaflow.app.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.workflows.support.CaseLocks;
import org.cooperaflow.workflows.tasks.TaskRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Base of the end-to-end tests: the whole application on a throw-away embedded PostgreSQL,
 * driven over HTTP. Every IT extends this class unchanged, so Spring builds one context for
 * the test JVM and all of them share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cooperaflow.data-dir=",
        "cooperaflow.snapshots.proposal-threshold=10",
        "cooperaflow.timers.reporting-period=P3M",
        // the tests count events: no demo agency in their database
        "cooperaflow.demo-data.enabled=false"
})
@ActiveProfiles("demo")
public abstract class IntegrationTest {

    /** A spy, so a test can make the engine's task completion fail at a chosen moment. */
    @MockitoSpyBean
    protected TaskRows camundaTaskRows;

    /** A spy, so a test can count the case locks commands take. */
    @MockitoSpyBean
    protected CaseLocks caseLocks;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EventProcessingConfiguration eventProcessing;

    @LocalServerPort
    private int port;

    @BeforeEach
    void resetSpy() {
        Mockito.reset(camundaTaskRows, caseLocks);
    }

    @AfterEach
    void letProcessorsCatchUp() {
        awaitProcessorsCaughtUp();
    }

    protected ApiClient as(String user) {
        return new ApiClient("http://localhost:" + port, user);
    }

    protected ApiClient anonymous() {
        return new ApiClient("http://localhost:" + port, null);
    }

    /**
     * Waits until every tracking processor has handled the newest stored event. Measured against
     * the head of the event store, not Axon's "caught up" flag: that flag stays set once reached,
     * so after a burst of appends it answers too early; and a replay ends only at the first event
     * past its reset position, which may never come in a test.
     */
    protected void awaitProcessorsCaughtUp() {
        awaitProcessorsCaughtUp(eventProcessing, jdbc, Duration.ofSeconds(60));
    }

    public static void awaitProcessorsCaughtUp(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                               Duration atMost) {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM domainevententry", Long.class);
        await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .alias("every event processor handled global index " + head)
                .until(() -> StreamingProcessors.all(processing).values().stream()
                        .allMatch(p -> StreamingProcessors.caughtUp(p, head)));
    }

    /** Every event in the store: what a refused request must leave unchanged. */
    protected long totalEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    /** The fields a problem response names in its {@code errors}. */
    protected static List<String> problemFields(com.fasterxml.jackson.databind.JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        if (problem != null && problem.has("errors")) {
            problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }

    /** The number of stored events of the aggregate whose payload type ends with the given simple name. */
    protected int storedEvents(String aggregateId, String eventType) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                Integer.class, aggregateId, "%." + eventType);
        return count == null ? 0 : count;
    }

    // ---- steps of the workflows over HTTP, as the demo users take them ----

    /** Waits until the user sees the case's task of that kind (open to them, not claimed by another). */
    protected String awaitTask(String user, String caseId, String taskDefinitionKey) {
        com.fasterxml.jackson.databind.JsonNode task = await().atMost(Duration.ofSeconds(20))
                .alias(user + " sees " + taskDefinitionKey)
                .until(() -> findTask(as(user).get("/api/tasks?caseId=" + caseId).json().get("items"), user, taskDefinitionKey),
                        found -> found != null);
        return task.get("id").asText();
    }

    protected static com.fasterxml.jackson.databind.JsonNode findTask(com.fasterxml.jackson.databind.JsonNode tasks,
                                                                       String user, String taskDefinitionKey) {
        if (tasks == null) {
            return null;
        }
        for (com.fasterxml.jackson.databind.JsonNode task : tasks) {
            boolean assignedToOther = task.hasNonNull("assignee") && !task.get("assignee").asText().equals(user);
            if (task.get("taskDefinitionKey").asText().equals(taskDefinitionKey) && !assignedToOther) {
                return task;
            }
        }
        return null;
    }

    protected void awaitStage(String proposalId, String stage) {
        await().atMost(Duration.ofSeconds(20)).alias("stage " + stage).until(
                () -> as("manager").get("/api/proposals/" + proposalId).json().get("stage").asText(), stage::equals);
    }

    /** Completes a task with an outcome, a comment naming the user and the outcome, and the data. */
    protected ApiClient.Response completeTask(String user, String taskId, String outcome, Map<String, Object> data) {
        return as(user).post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", outcome, "comment", user + " " + outcome.toLowerCase(), "data", data));
    }

    /** The secretariat finds the proposal complete and the eligibility officer confirms it: Board review. */
    protected void screenAndConfirmEligibility(String proposalId) {
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId,
                org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_SCREEN_PROPOSAL),
                "COMPLETE", Map.of()));
        noContent(completeTask("eligibility", awaitTask("eligibility", proposalId,
                org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_CONFIRM_ELIGIBILITY),
                "ELIGIBLE", Map.of()));
        awaitStage(proposalId, "BOARD_REVIEW");
    }

    /** A proposal of Jamaica's officer, submitted: its screening task opens a moment later. */
    protected String submittedProposal(String title) {
        ApiClient officer = as("officer-jm");
        String id = created(officer.post("/api/proposals", proposalBody("JM", title)));
        ok(officer.post("/api/proposals/" + id + "/submit", null));
        return id;
    }

    /** A thematic account for education, opened by the fund manager. */
    protected String educationAccount(String name) {
        return created(as("fund").post("/api/accounts", Map.of("name", name,
                "priorities", List.of("EDUCATION"), "projectCeiling", usd("250000.00"))));
    }

    /** A United States contribution to the account, pledged and received in full. */
    protected String receivedContribution(String accountId, String amount) {
        ApiClient fund = as("fund");
        String contribution = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "MEMBER_STATE", "memberState", "US"), "accountId", accountId,
                "modality", "MULTILATERAL", "kind", "CASH", "pledged", usd(amount))));
        awaitTask("fund", contribution, org.cooperaflow.workflows.contribution.ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
        ok(fund.post("/api/contributions/" + contribution + "/receipts",
                Map.of("amount", usd(amount), "receivedOn", java.time.LocalDate.now().toString())));
        return contribution;
    }

    /**
     * A proposal of Jamaica for the account, submitted, screened, eligible and approved by the Board (the JM member
     * recuses, the others approve): waiting for its allocation.
     */
    protected String approvedProposal(String accountId, String title) {
        Map<String, Object> body = new java.util.HashMap<>(proposalBody("JM", title));
        body.put("accountId", accountId);
        return approvedProposal(body);
    }

    /** As {@link #approvedProposal(String, String)}, for a proposal of Jamaica's officer with this body. */
    protected String approvedProposal(Map<String, Object> body) {
        return approvedProposal(body, Map.of());
    }

    /** As {@link #approvedProposal(Map)}, the eligibility officer confirming with this data (a justification). */
    protected String approvedProposal(Map<String, Object> body, Map<String, Object> eligibilityData) {
        String id = created(as("officer-jm").post("/api/proposals", body));
        return approvedDraft(id, eligibilityData);
    }

    /** Jamaica's officer submits their draft proposal; screened, eligible and approved by the Board as above. */
    protected String approvedDraft(String id, Map<String, Object> eligibilityData) {
        ok(as("officer-jm").post("/api/proposals/" + id + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", id,
                org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_SCREEN_PROPOSAL),
                "COMPLETE", Map.of()));
        noContent(completeTask("eligibility", awaitTask("eligibility", id,
                org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_CONFIRM_ELIGIBILITY),
                "ELIGIBLE", eligibilityData));
        awaitStage(id, "BOARD_REVIEW");
        String review = org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_REVIEW_PROPOSAL;
        noContent(completeTask("board1", awaitTask("board1", id, review), "RECUSE", Map.of()));
        for (String member : List.of("board2", "board3", "board4", "chair")) {
            noContent(completeTask(member, awaitTask(member, id, review), "APPROVE", Map.of("score", 4)));
        }
        noContent(completeTask("chair", awaitTask("chair", id,
                org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.TASK_RECORD_BOARD_DECISION),
                "APPROVE", Map.of("conditions", "Quarterly reports")));
        awaitStage(id, "APPROVED");
        return id;
    }

    protected static Map<String, String> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    protected static String created(ApiClient.Response response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response.json().get("id").asText();
    }

    protected static void ok(ApiClient.Response response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    protected static void noContent(ApiClient.Response response) {
        org.assertj.core.api.Assertions.assertThat(response.status()).as(response.text()).isEqualTo(204);
    }

    public static Map<String, Object> proposalBody(String proposerState, String title) {
        return Map.ofEntries(
                Map.entry("title", title),
                Map.entry("summary", "Colombia shares its digital teacher-training model with Jamaica."),
                Map.entry("proposer", Map.of("type", "MEMBER_STATE", "memberState", proposerState)),
                Map.entry("partners", List.of(Map.of("memberState", "CO", "role", "PROVIDER"),
                        Map.of("memberState", proposerState, "role", "BENEFICIARY"))),
                Map.entry("modality", "SOUTH_SOUTH"),
                Map.entry("measures", List.of("2.4")),
                Map.entry("sdgs", List.of(4, 9)),
                Map.entry("priority", "EDUCATION"),
                Map.entry("requestedAmount", Map.of("amount", "150000.00", "currency", "USD")),
                Map.entry("coFinancing", Map.of("amount", "20000.00", "currency", "USD")),
                Map.entry("durationMonths", 18),
                Map.entry("cooperationRequestIds", List.of()),
                Map.entry("indicators", List.of(Map.of("name", "Teachers trained", "unit", "people",
                        "baseline", "0", "target", "400"))));
    }
}
