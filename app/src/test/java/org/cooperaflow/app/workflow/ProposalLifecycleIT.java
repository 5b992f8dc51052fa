package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One proposal from submission to CLOSED, through the HTTP API only, as the demo users would drive it:
 * two review rounds around a revision, a recusal, refused votes and allocations, an overdue report
 * escalated, two progress reports and the final evaluation.
 */
class ProposalLifecycleIT extends IntegrationTest {

    private static final Map<String, Object> SIX_RATINGS = Map.of("RELEVANCE", 5, "COHERENCE", 4,
            "EFFECTIVENESS", 5, "EFFICIENCY", 4, "IMPACT", 4, "SUSTAINABILITY", 3);

    @Autowired
    private ManagementService managementService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private RuntimeService runtimeService;

    @Test
    void proposalRunsFromSubmissionThroughRevisionFundingAndExecutionToClosure() {
        ApiClient fund = as("fund");
        String accountId = created(fund.post("/api/accounts", Map.of("name", "Education window",
                "priorities", List.of("EDUCATION"), "projectCeiling", usd("250000.00"))));
        String usContribution = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "MEMBER_STATE", "memberState", "US"), "accountId", accountId,
                "modality", "MULTILATERAL", "kind", "CASH", "pledged", usd("500000.00"))));
        String caContribution = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "MEMBER_STATE", "memberState", "CA"), "accountId", accountId,
                "modality", "MULTILATERAL", "kind", "CASH", "pledged", Map.of("amount", "200000.00", "currency", "CAD"))));
        // each pledge waits for its receipt in the fund manager's list until the receipt is recorded
        awaitTask("fund", usContribution, ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
        ok(fund.post("/api/contributions/" + usContribution + "/receipts",
                Map.of("amount", usd("100000.00"), "receivedOn", LocalDate.now().toString())));
        ok(fund.post("/api/contributions/" + caContribution + "/receipts",
                Map.of("amount", Map.of("amount", "100000.00", "currency", "CAD"), "receivedOn", LocalDate.now().toString(),
                        "usdRate", "0.73")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(fund.get("/api/tasks?caseId=" + usContribution).json().get("items")).isEmpty();
            assertThat(fund.get("/api/tasks?caseId=" + caContribution).json().get("items")).isEmpty();
        });

        ApiClient officer = as("officer-jm");
        Map<String, Object> body = new HashMap<>(proposalBody("JM", "Digital teacher training"));
        body.put("accountId", accountId);
        String proposalId = created(officer.post("/api/proposals", body));
        ok(officer.post("/api/proposals/" + proposalId + "/submit", null));

        // round 1: screened, eligible, reviewed, returned for revision
        screenAndConfirmEligibility(proposalId);
        String board1Review = awaitTask("board1", proposalId, Elements.TASK_REVIEW_PROPOSAL);
        ApiClient.Response conflicted = completeTask("board1", board1Review, "APPROVE", Map.of("score", 4));
        assertThat(conflicted.status()).as(conflicted.text()).isEqualTo(422);
        assertThat(conflicted.json().get("rule").asText()).isEqualTo("conflict-of-interest");
        assertThat(as("board1").get("/api/tasks/" + board1Review).status()).isEqualTo(200);
        noContent(completeTask("board1", board1Review, "RECUSE", Map.of()));

        String board2Review = awaitTask("board2", proposalId, Elements.TASK_REVIEW_PROPOSAL);
        noContent(completeTask("board2", board2Review, "APPROVE", Map.of("score", 4)));
        ApiClient.Response secondVote = completeTask("board2", board2Review, "REJECT", Map.of("score", 1));
        assertThat(secondVote.status()).as("a second vote on a done review").isEqualTo(409);
        assertThat(secondVote.json().get("detail").asText()).contains("already completed by board2");
        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isEqualTo(2);

        String board4Review = awaitTask("board4", proposalId, Elements.TASK_REVIEW_PROPOSAL);
        assertThat(as("board3").post("/api/tasks/" + board4Review + "/claim", null).status()).isEqualTo(403);
        assertThat(completeTask("board3", board4Review, "APPROVE", Map.of("score", 5)).status()).isEqualTo(403);
        noContent(completeTask("board3", awaitTask("board3", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 5)));
        noContent(completeTask("board4", board4Review, "ABSTAIN", Map.of()));
        noContent(completeTask("chair", awaitTask("chair", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 3)));
        noContent(completeTask("chair", awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION),
                "REVISE", Map.of("conditions", "Add a sustainability plan")));
        awaitStage(proposalId, "RETURNED_FOR_REVISION");

        // round 2: resubmitted, screened again, approved
        ok(officer.post("/api/proposals/" + proposalId + "/resubmit", null));
        screenAndConfirmEligibility(proposalId);
        noContent(completeTask("board1", awaitTask("board1", proposalId, Elements.TASK_REVIEW_PROPOSAL), "RECUSE", Map.of()));
        noContent(completeTask("board2", awaitTask("board2", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 4)));
        noContent(completeTask("board3", awaitTask("board3", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 5)));
        noContent(completeTask("board4", awaitTask("board4", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "REJECT", Map.of("score", 2)));
        noContent(completeTask("chair", awaitTask("chair", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 4)));
        noContent(completeTask("chair", awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION),
                "APPROVE", Map.of("conditions", "Quarterly reports")));
        awaitStage(proposalId, "APPROVED");

        // funding: more than the US contribution received is refused and the task stays open
        String allocation = awaitTask("fund", proposalId, Elements.TASK_ALLOCATE_FUNDS);
        ApiClient.Response tooMuch = completeTask("fund", allocation, "ALLOCATE", Map.of("allocations",
                List.of(Map.of("contributionId", usContribution, "amount", usd("150000.00")))));
        assertThat(tooMuch.status()).as(tooMuch.text()).isEqualTo(422);
        assertThat(tooMuch.json().get("rule").asText()).isEqualTo("allocation-exceeds-received");
        assertThat(fund.get("/api/tasks/" + allocation).status()).isEqualTo(200);
        assertThat(storedEvents(proposalId, "FundsAllocatedToProposalEvent")).isZero();
        assertThat(storedEvents(usContribution, "ContributionAllocatedEvent")).isZero();
        noContent(completeTask("fund", allocation, "ALLOCATE", Map.of("allocations", List.of(
                Map.of("contributionId", usContribution, "amount", usd("100000.00")),
                Map.of("contributionId", caContribution, "amount", usd("50000.00"))))));
        awaitStage(proposalId, "FUNDED");

        // execution: only the proposing state's officers confirm the start and report
        String start = awaitTask("officer-jm", proposalId, Elements.TASK_CONFIRM_START);
        assertThat(completeTask("officer-co", start, "START", Map.of("startDate", "2027-01-15")).status()).isEqualTo(403);
        ApiClient.Response badDate = completeTask("officer-jm", start, "START", Map.of("startDate", "15/01/2027"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("data.startDate");
        noContent(completeTask("officer-jm", start, "START", Map.of("startDate", "2027-01-15")));
        awaitStage(proposalId, "IN_EXECUTION");

        String firstReport = awaitTask("officer-jm", proposalId, Elements.TASK_SUBMIT_PROGRESS_REPORT);
        escalateOverdueReport(proposalId);
        assertThat(storedEvents(proposalId, "ProgressReportOverdueEvent")).isEqualTo(1);
        assertThat(as("officer-jm").get("/api/tasks/" + firstReport).status()).as("the report stays open").isEqualTo(200);

        noContent(completeTask("officer-jm", firstReport, "SUBMIT", report("2027-Q1", "30000.00", false)));
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId, Elements.TASK_REVIEW_PROGRESS_REPORT),
                "ACCEPT", Map.of()));
        noContent(completeTask("officer-jm", awaitTask("officer-jm", proposalId, Elements.TASK_SUBMIT_PROGRESS_REPORT),
                "SUBMIT", report("2027-Q2", "45000.00", true)));
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId, Elements.TASK_REVIEW_PROGRESS_REPORT),
                "ACCEPT", Map.of()));
        awaitStage(proposalId, "FINAL_EVALUATION");

        String evaluation = awaitTask("secretariat", proposalId, Elements.TASK_FINAL_EVALUATION);
        Map<String, Object> sevenForImpact = new HashMap<>(SIX_RATINGS);
        sevenForImpact.put("IMPACT", 7);
        ApiClient.Response outOfRange = completeTask("secretariat", evaluation, "COMPLETE", Map.of("ratings", sevenForImpact));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("IMPACT");
        noContent(completeTask("secretariat", evaluation, "COMPLETE", Map.of("ratings", SIX_RATINGS)));
        awaitStage(proposalId, "CLOSED");

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .processDefinitionKey(ProposalLifecycleProcess.KEY).completed().count()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode proposal = officer.get("/api/proposals/" + proposalId).json();
            List<String> stages = new ArrayList<>();
            proposal.get("history").forEach(visit -> stages.add(visit.get("stage").asText()));
            assertThat(stages).containsSubsequence("SUBMITTED", "SCREENING", "ELIGIBILITY", "BOARD_REVIEW",
                    "RETURNED_FOR_REVISION", "SUBMITTED", "SCREENING", "ELIGIBILITY", "BOARD_REVIEW", "APPROVED",
                    "FUNDED", "IN_EXECUTION", "FINAL_EVALUATION", "CLOSED");
            assertThat(proposal.get("openTasks")).isEmpty();
        });
    }

    @Test
    void aBoardReviewIsOnlyForItsAssigneeAndTakesOnlyItsOutcomesAndScores() {
        ApiClient officer = as("officer-jm");
        String proposalId = created(officer.post("/api/proposals", proposalBody("JM", "Coastal resilience")));
        ok(officer.post("/api/proposals/" + proposalId + "/submit", null));
        screenAndConfirmEligibility(proposalId);
        String review = awaitTask("board2", proposalId, Elements.TASK_REVIEW_PROPOSAL);

        for (String other : List.of("board3", "secretariat", "chair")) {
            ApiClient.Response claim = as(other).post("/api/tasks/" + review + "/claim", null);
            assertThat(claim.status()).as(other + " claims").isEqualTo(403);
            assertThat(claim.contentType()).startsWith("application/problem+json");
            assertThat(completeTask(other, review, "APPROVE", Map.of("score", 4)).status()).as(other + " completes")
                    .isEqualTo(403);
        }
        ApiClient.Response unknown = completeTask("board2", review, "MAYBE", Map.of("score", 4));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
        ApiClient.Response seven = completeTask("board2", review, "APPROVE", Map.of("score", 7));
        assertThat(seven.status()).isEqualTo(400);
        assertThat(seven.text()).contains("data.score");
        ApiClient.Response noScore = completeTask("board2", review, "REJECT", Map.of());
        assertThat(noScore.status()).isEqualTo(400);
        assertThat(noScore.text()).contains("data.score");

        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isZero();
        assertThat(as("board2").get("/api/tasks/" + review).json().get("assignee").asText()).isEqualTo("board2");
        noContent(completeTask("board2", review, "APPROVE", Map.of("score", 4)));
        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isEqualTo(1);
    }


    /** Moves Camunda's clock past the report's due date and runs its overdue timer; the clock is always reset. */
    private void escalateOverdueReport(String proposalId) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .processDefinitionKey(ProposalLifecycleProcess.KEY).singleResult().getId();
        Job overdue = managementService.createJobQuery().processInstanceId(instance)
                .activityId(Elements.BOUNDARY_EVENT_REPORT_OVERDUE).timers().singleResult();
        assertThat(overdue).as("overdue timer of the open report").isNotNull();
        assertThat(overdue.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(80))));
        try {
            ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
            try {
                managementService.executeJob(overdue.getId());
            } catch (ProcessEngineException e) {
                // the job executor, which reads the same clock, may have run the now-due job first
                assertThat(managementService.createJobQuery().jobId(overdue.getId()).count()).as(e.getMessage()).isZero();
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> storedEvents(proposalId, "ProgressReportOverdueEvent") == 1);
        } finally {
            ClockUtil.reset();
        }
    }





    private static Map<String, Object> report(String period, String spent, boolean last) {
        return Map.of("period", period, "expenditure", usd(spent),
                "indicators", List.of(Map.of("name", "Teachers trained", "value", last ? "400" : "120")), "final", last);
    }




}
