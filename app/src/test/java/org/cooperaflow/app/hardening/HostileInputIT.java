package org.cooperaflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.app.api.Bodies.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.DraftCooperationRequestCommand;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an outside security pass sent, and what it must get now: a 400 that names the field in JSON's words (never a
 * Java class), or the stored answer, and nothing written. Numbers, dates and text that could not be read back never
 * enter an event.
 */
class HostileInputIT extends IntegrationTest {

    @Autowired
    private CommandGateway commandGateway;

    /** However text the doors refuse got into an event, the case is still read: the event store's mapper is lenient. */
    @Test
    void anEventHoldingTextTheDoorsRefuseIsStillRead() {
        String id = java.util.UUID.randomUUID().toString();
        commandGateway.sendAndWait(new DraftCooperationRequestCommand(id, new CooperationRequestDetails("JM",
                "Bell\u0007 in a title", null, null, List.of(), null, null, null)));

        ApiClient.Response read = as("officer-jm").get("/api/cooperation-requests/" + id);

        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().get("title").asText()).isEqualTo("Bell\u0007 in a title");
        ApiClient.Response refused = as("officer-jm").post("/api/cooperation-requests",
                Map.of("memberState", "JM", "title", "Bell\u0007 at the door"));
        assertThat(refused.status()).as("the API's door still refuses it").isEqualTo(400);
    }

    private static final String PROPOSALS = "/api/proposals";
    private static final String REQUESTS = "/api/cooperation-requests";
    private static final String RECEIPTS = "/api/contributions/{contribution}/receipts";
    /** Words of Java that a client must never read in a problem. */
    private static final List<String> JAVA_WORDS = List.of("org.", "java.", "com.fasterxml", "$", "Feature",
            "StreamReadConstraints", "Exception", "`");

    private static String contributionId;

    static Stream<Arguments> hostileBodies() throws Exception {
        Map<String, Object> proposal = proposalBody("JM", "Teacher training in digital skills");
        String proposalJson = ApiClient.mapper().writeValueAsString(proposal);
        Map<String, Object> need = Bodies.cooperationRequest("JM", "Digital skills for rural teachers");
        Map<String, Object> receipt = Bodies.receipt("1000.00", "CAD", LocalDate.now().toString(), "0.73");
        String thousandDigits = "1" + "0".repeat(1000);
        return Stream.of(
                // finding 1: numbers that would be stored as a thousand digits and never read back
                Arguments.of("indicator target \"1e1000\"", "officer-jm", PROPOSALS,
                        with(proposal, "indicators", List.of(indicator("0", "1e1000"))), "indicators[0].target"),
                Arguments.of("indicator target 1e1000 as a JSON number", "officer-jm", PROPOSALS,
                        proposalJson.replace("\"target\":\"400\"", "\"target\":1e1000"), "indicators[0].target"),
                Arguments.of("indicator baseline \"1e-1000\"", "officer-jm", PROPOSALS,
                        with(proposal, "indicators", List.of(indicator("1e-1000", "400"))), "indicators[0].baseline"),
                Arguments.of("a number of 1001 digits", "officer-jm", PROPOSALS,
                        proposalJson.replace("\"target\":\"400\"", "\"target\":" + thousandDigits), "indicators[0]"),
                Arguments.of("requested amount \"1e1000\"", "officer-jm", PROPOSALS,
                        with(proposal, "requestedAmount.amount", "1e1000"), "requestedAmount.amount"),
                Arguments.of("receipt rate \"1e-1000\"", "fund", RECEIPTS, with(receipt, "usdRate", "1e-1000"), "usdRate"),
                Arguments.of("need budget \"9e999999999\"", "officer-jm", REQUESTS,
                        with(need, "estimatedBudget.amount", "9e999999999"), "estimatedBudget.amount"),
                // finding 7: dates as numbers, impossible years, the future
                Arguments.of("receivedOn as a number", "fund", RECEIPTS, with(receipt, "receivedOn", 20261101), "receivedOn"),
                Arguments.of("receivedOn year -1", "fund", RECEIPTS, with(receipt, "receivedOn", "-0001-01-01"), "receivedOn"),
                Arguments.of("receivedOn year 0", "fund", RECEIPTS, with(receipt, "receivedOn", "0000-01-01"), "receivedOn"),
                Arguments.of("receivedOn year -999999999", "fund", RECEIPTS,
                        with(receipt, "receivedOn", "-999999999-01-01"), "receivedOn"),
                Arguments.of("receivedOn 2099-12-31", "fund", RECEIPTS, with(receipt, "receivedOn", "2099-12-31"), "receivedOn"),
                // finding 11: coercion, trailing content, duplicate keys, repeated codes, half a surrogate pair
                Arguments.of("title as a number", "officer-jm", PROPOSALS, with(proposal, "title", 123), "title"),
                Arguments.of("modality as a number", "officer-jm", PROPOSALS, with(proposal, "modality", 1), "modality"),
                Arguments.of("duration as text", "officer-jm", PROPOSALS, with(proposal, "durationMonths", "18"),
                        "durationMonths"),
                Arguments.of("SDG as text", "officer-jm", PROPOSALS, with(proposal, "sdgs", List.of("4")), "sdgs[0]"),
                Arguments.of("trailing garbage", "officer-jm", PROPOSALS, proposalJson + " {\"x\": 1}", "body"),
                Arguments.of("a duplicate key", "officer-jm", PROPOSALS,
                        proposalJson.replaceFirst("\\{", "{\"title\": \"Shadow title\", "), "body"),
                Arguments.of("SDG 4 three times", "officer-jm", PROPOSALS, with(proposal, "sdgs", List.of(4, 4, 4)), "sdgs"),
                Arguments.of("measure twice", "officer-jm", PROPOSALS, with(proposal, "measures", List.of("2.4", "2.4")),
                        "measures"),
                Arguments.of("half a surrogate pair", "officer-jm", PROPOSALS,
                        proposalJson.replace("\"title\":\"Teacher training in digital skills\"",
                                "\"title\":\"Teacher \\ud800 training\""), "title"),
                Arguments.of("need SDGs repeated", "officer-jm", REQUESTS, with(need, "sdgs", List.of(4, 4)), "sdgs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void isRefusedWithAProblemInJsonWordsAndWritesNothing(String name, String user, String path, Object body,
                                                         String field) {
        String target = path.replace("{contribution}", contribution());
        awaitProcessorsCaughtUp();
        long before = totalEvents();

        ApiClient.Response response = as(user).post(target, body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(problemFields(response.json())).as(response.text())
                .anyMatch(f -> f.equals(field) || f.startsWith(field + "[") || f.startsWith(field + "."));
        assertSpeaksJson(response);
        assertThat(totalEvents()).as("events in the store").isEqualTo(before);
    }

    @Test
    void aProposalInExecutionTakesOnlyStrictTaskDataAndItsProcessFollowsTheAggregate() {
        String accountId = educationAccount("Hostile window");
        String contribution = receivedContribution(accountId, "200000.00");
        String proposalId = approvedProposal(accountId, "Hostile data in execution");
        noContent(completeTask("fund", awaitTask("fund", proposalId, Elements.TASK_ALLOCATE_FUNDS), "ALLOCATE",
                Map.of("allocations", List.of(Map.of("contributionId", contribution, "amount", usd("150000.00"))))));
        String start = awaitTask("officer-jm", proposalId, Elements.TASK_CONFIRM_START);
        long before = totalEvents();

        refused(completeTask("officer-jm", start, "START", Map.of("startDate", 20270115)), "data.startDate");
        refused(completeTask("officer-jm", start, "START", Map.of("startDate", "-0001-01-01")), "data.startDate");
        refused(completeTask("officer-jm", start, "START", Map.of("startDate", "57467-01-01")), "data.startDate");
        ApiClient.Response unknown = completeTask("officer-jm", start, "START",
                Map.of("startDate", "2027-01-15", "startDat", "2027-01-15"));
        refused(unknown, "data.startDat");
        assertThat(unknown.json().get("errors").get(0).get("message").asText()).isEqualTo("unknown field");
        assertThat(totalEvents()).isEqualTo(before);
        noContent(completeTask("officer-jm", start, "START", Map.of("startDate", "2027-01-15")));

        String report = awaitTask("officer-jm", proposalId, Elements.TASK_SUBMIT_PROGRESS_REPORT);
        before = totalEvents();
        // finding 3: a final flag the process and the aggregate would read differently
        refused(completeTask("officer-jm", report, "SUBMIT", report("2027-Q1", "30000.00", 1)), "data.final");
        refused(completeTask("officer-jm", report, "SUBMIT", report("2027-Q1", "30000.00", "true")), "data.final");
        // finding 1: an indicator value that could not be read back
        Map<String, Object> huge = new HashMap<>(report("2027-Q1", "30000.00", false));
        huge.put("indicators", List.of(Map.of("name", "Teachers trained", "value", "1e1000")));
        refused(completeTask("officer-jm", report, "SUBMIT", huge), "data.indicators[0].value");
        // finding 11: more spent than granted, and five megabytes of data nobody reads
        ApiClient.Response overspent = completeTask("officer-jm", report, "SUBMIT",
                report("2027-Q1", "999999999999999.99", false));
        assertThat(overspent.status()).as(overspent.text()).isEqualTo(422);
        assertThat(overspent.json().get("rule").asText()).isEqualTo("expenditure-exceeds-grant");
        Map<String, Object> bloated = new HashMap<>(report("2027-Q1", "30000.00", false));
        bloated.put("notes", "x".repeat(5_000_000));
        ApiClient.Response tooLarge = completeTask("officer-jm", report, "SUBMIT", bloated);
        assertThat(tooLarge.status()).as(tooLarge.text()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(totalEvents()).as("nothing written").isEqualTo(before);

        noContent(completeTask("officer-jm", report, "SUBMIT", report("2027-Q1", "30000.00", true)));
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId, Elements.TASK_REVIEW_PROGRESS_REPORT),
                "ACCEPT", Map.of()));
        awaitStage(proposalId, "FINAL_EVALUATION");
        awaitTask("secretariat", proposalId, Elements.TASK_FINAL_EVALUATION);
        assertThat(as("officer-jm").get("/api/tasks?caseId=" + proposalId).json().get("items")).as("no report task left open")
                .isEmpty();
        assertEveryReadModelRuns();
    }

    @Test
    void theReceiptTaskTakesOnlyPlausibleDatesAndRatesAsTheReceiptsEndpointDoes() {
        ApiClient fund = as("fund");
        String contribution = created(fund.post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "CA"), null, "50000.00", "CAD")));
        String task = awaitTask("fund", contribution, ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
        long before = totalEvents();
        Map<String, Object> amount = Map.of("amount", "1000.00", "currency", "CAD");

        refused(completeTask("fund", task, "CONFIRM", receipt(amount, LocalDate.now().toString(), "1e-1000")), "data.usdRate");
        refused(completeTask("fund", task, "CONFIRM", receipt(amount, 20261101, "0.73")), "data.receivedOn");
        refused(completeTask("fund", task, "CONFIRM", receipt(amount, "0000-01-01", "0.73")), "data.receivedOn");
        refused(completeTask("fund", task, "CONFIRM", receipt(amount, "-999999999-01-01", "0.73")), "data.receivedOn");
        refused(completeTask("fund", task, "CONFIRM", receipt(amount, "2099-12-31", "0.73")), "data.receivedOn");
        refused(completeTask("fund", task, "CONFIRM", receipt(Map.of("amount", "1000.00", "currency", "ZZZ"),
                LocalDate.now().toString(), "0.73")), "data.amount.currency");

        assertThat(totalEvents()).as("nothing written").isEqualTo(before);
        assertThat(fund.get("/api/tasks/" + task).status()).as("the task stays open").isEqualTo(200);
    }

    @Test
    void auditCsvCellsThatASpreadsheetWouldRunStayTextAndTheDownloadIsNamed() {
        String proposalId = submittedProposal("Formulas in comments");
        List<String> formulas = List.of("=1+1", "+SUM(2,3)", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0");
        for (String formula : formulas) {
            String screening = awaitTask("secretariat", proposalId, Elements.TASK_SCREEN_PROPOSAL);
            noContent(as("secretariat").post("/api/tasks/" + screening + "/complete",
                    Map.of("outcome", "INCOMPLETE", "comment", formula)));
            awaitStage(proposalId, "RETURNED_FOR_REVISION");
            ok(as("officer-jm").post("/api/proposals/" + proposalId + "/resubmit", null));
        }

        ApiClient.Response csv = as("auditor").send("GET", "/api/audit/" + proposalId, null, Map.of("Accept", "text/csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"audit-" + proposalId + ".csv\"");
        List<String> cells = new ArrayList<>();
        for (String line : csv.text().split("\r\n")) {
            cells.addAll(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
        }
        assertThat(cells).as("no cell a spreadsheet would run").noneMatch(c -> !c.isEmpty()
                && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(cells).contains("'=1+1", "\"'+SUM(2,3)\"", "'-2+3", "'@SUM(1+1)*cmd|' /C calc'!A0");
    }

    @Test
    void theSameDocumentFormattedAnotherWayWithTheSameKeyGetsTheStoredAnswer() throws Exception {
        Map<String, Object> need = new LinkedHashMap<>(Bodies.cooperationRequest("JM", "Idempotent in any format"));
        String compact = ApiClient.mapper().writeValueAsString(need);
        Map<String, Object> reordered = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(need.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reordered.put(k, need.get(k)));
        String pretty = ApiClient.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
        Map<String, String> key = Map.of("Idempotency-Key", "reformatted-" + System.nanoTime());

        ApiClient.Response first = as("officer-jm").post(REQUESTS, compact, key);
        ApiClient.Response again = as("officer-jm").post(REQUESTS, pretty, key);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    }

    @Test
    void problemsSpeakJsonNotJava() {
        String task = awaitTask("secretariat", submittedProposal("Problems in plain words"), Elements.TASK_SCREEN_PROPOSAL);
        List<ApiClient.Response> problems = List.of(
                as("officer-jm").post(PROPOSALS, "{\"title\": NaN}"),
                as("officer-jm").post(PROPOSALS, "{\"title\": \"a\u0001b\"}"),
                as("officer-jm").post(PROPOSALS, "[1, 2]"),
                as("officer-jm").post(PROPOSALS, "{\"title\": 1" + "0".repeat(1200) + "}"),
                as("officer-jm").post(PROPOSALS, "{'title': 'single quotes'}"),
                as("secretariat").post("/api/tasks/" + task + "/complete",
                        Map.of("outcome", "COMPLETE", "data", Map.of("note", "no such field"))),
                as("secretariat").post("/api/tasks/" + task + "/complete", "{\"outcome\": \"COMPLETE\", \"data\": 5}"));
        for (ApiClient.Response problem : problems) {
            assertThat(problem.status()).as(problem.text()).isEqualTo(400);
            assertSpeaksJson(problem);
        }
        assertThat(problems.get(5).text()).contains("data.note").contains("unknown field");
    }

    private void assertEveryReadModelRuns() {
        awaitProcessorsCaughtUp();
        StreamingProcessors.all(eventProcessing).values()
                .forEach(p -> assertThat(p.processingStatus().values()).as(p.getName())
                        .noneMatch(status -> status.isErrorState()));
        for (String path : List.of("/api/proposals", "/api/dashboard/stages", "/api/dashboard/funding",
                "/api/reports/alignment?year=" + java.time.Year.now().getValue(), "/api/catalog/needs",
                "/api/audit/verify")) {
            ApiClient.Response response = as("admin").get(path);
            assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
        }
    }

    private static void assertSpeaksJson(ApiClient.Response problem) {
        assertThat(problem.text()).as("no Java in: " + problem.text()).doesNotContain(JAVA_WORDS);
    }

    private static void refused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(problemFields(response.json())).as(response.text()).contains(field);
        assertSpeaksJson(response);
    }

    private static Map<String, Object> indicator(Object baseline, Object target) {
        return Map.of("name", "Teachers trained", "unit", "people", "baseline", baseline, "target", target);
    }

    private static Map<String, Object> report(String period, String spent, Object last) {
        return Map.of("period", period, "expenditure", usd(spent),
                "indicators", List.of(Map.of("name", "Teachers trained", "value", "120")), "final", last);
    }

    private static Map<String, Object> receipt(Map<String, Object> amount, Object receivedOn, String usdRate) {
        return Map.of("amount", amount, "receivedOn", receivedOn, "usdRate", usdRate);
    }

    private String contribution() {
        if (contributionId == null) {
            contributionId = created(as("fund").post("/api/contributions", Bodies.contribution(
                    Map.of("type", "MEMBER_STATE", "memberState", "CA"), null, "50000.00", "CAD")));
        }
        return contributionId;
    }
}
