package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.cooperaflow.workflows.request.CooperationRequestProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Board review round over HTTP: what each member may choose, how the deadline ends the round, and what an
 * approval does to the needs the proposal links.
 */
class BoardReviewRoundIT extends IntegrationTest {

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Test
    void aMemberOfTheProposingStateIsOfferedOnlyRecusalAndEachReviewIsDueAtTheDeadline() {
        String proposalId = submittedProposal("Coastal resilience", List.of());
        screenAndConfirmEligibility(proposalId);

        String board1Review = awaitTask("board1", proposalId, Elements.TASK_REVIEW_PROPOSAL);
        JsonNode listed = findTask(as("board1").get("/api/tasks?caseId=" + proposalId).json().get("items"), "board1",
                Elements.TASK_REVIEW_PROPOSAL);
        assertThat(outcomes(listed)).containsExactly("RECUSE");
        JsonNode single = as("board1").get("/api/tasks/" + board1Review).json();
        assertThat(outcomes(single)).containsExactly("RECUSE");
        assertThat(single.hasNonNull("due")).as("the review is due at the round's deadline").isTrue();
        List<String> fields = new ArrayList<>();
        single.get("fields").forEach(f -> fields.add(f.get("name").asText()));
        assertThat(fields).doesNotHaveDuplicates();

        String board2Review = awaitTask("board2", proposalId, Elements.TASK_REVIEW_PROPOSAL);
        assertThat(outcomes(as("board2").get("/api/tasks/" + board2Review).json()))
                .containsExactly("APPROVE", "REJECT", "ABSTAIN", "RECUSE");

        ApiClient.Response approve = completeTask("board1", board1Review, "APPROVE", Map.of("score", 4));
        assertThat(approve.status()).as(approve.text()).isEqualTo(422);
        assertThat(approve.json().get("rule").asText()).isEqualTo("conflict-of-interest");
        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isZero();
        noContent(completeTask("board1", board1Review, "RECUSE", Map.of()));
    }

    @Test
    void theDeadlineClosesTheRoundNamingWhoDidNotVoteAndTheCancelledReviewsEndBySystem() {
        String proposalId = submittedProposal("Early warning systems", List.of());
        screenAndConfirmEligibility(proposalId);
        noContent(completeTask("board2", awaitTask("board2", proposalId, Elements.TASK_REVIEW_PROPOSAL),
                "APPROVE", Map.of("score", 4)));

        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .processDefinitionKey(ProposalLifecycleProcess.KEY).singleResult().getId();
        Job deadline = managementService.createJobQuery().processInstanceId(instance)
                .activityId(Elements.BOUNDARY_EVENT_REVIEW_DEADLINE).timers().singleResult();
        assertThat(deadline).as("deadline timer of the round").isNotNull();
        try {
            ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 60_000));
            try {
                managementService.executeJob(deadline.getId());
            } catch (ProcessEngineException e) {
                // the job executor, which reads the same clock, may have run the now-due job first
                assertThat(managementService.createJobQuery().jobId(deadline.getId()).count()).as(e.getMessage()).isZero();
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> storedEvents(proposalId, "BoardReviewRoundClosedEvent") == 1);
        } finally {
            ClockUtil.reset();
        }
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateIdentifier = ? AND payloadType LIKE ?", String.class, proposalId,
                "%.BoardReviewRoundClosedEvent");
        assertThat(payload).contains("\"reason\":\"deadline\"", "board1", "board3", "board4", "chair")
                .doesNotContain("board2");
        awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION);

        JsonNode audit = as("auditor").decisionHistory(proposalId);
        List<String> cancelledBy = new ArrayList<>();
        for (JsonNode entry : audit) {
            if ("TASK_ENDED".equals(entry.get("type").asText())
                    && "deleted".equals(entry.get("payload").path("deleteReason").asText())) {
                cancelledBy.add(entry.get("actor").asText());
            }
        }
        assertThat(cancelledBy).hasSize(4).containsOnly("system");
    }

    @Test
    void approvingAProposalMarksTheNeedItLinksAsAddressed() {
        ApiClient officer = as("officer-jm");
        String needId = created(officer.post("/api/cooperation-requests",
                Bodies.cooperationRequest("JM", "Digital skills for rural teachers")));
        ok(officer.post("/api/cooperation-requests/" + needId + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", needId,
                CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED), "PUBLISH", Map.of()));
        await().atMost(Duration.ofSeconds(20)).until(
                () -> officer.get("/api/cooperation-requests/" + needId).json().get("stage").asText(), "PUBLISHED"::equals);

        String proposalId = submittedProposal("Teacher training in digital skills", List.of(needId));
        screenAndConfirmEligibility(proposalId);
        noContent(completeTask("board1", awaitTask("board1", proposalId, Elements.TASK_REVIEW_PROPOSAL), "RECUSE", Map.of()));
        for (String member : List.of("board2", "board3", "board4", "chair")) {
            noContent(completeTask(member, awaitTask(member, proposalId, Elements.TASK_REVIEW_PROPOSAL),
                    "APPROVE", Map.of("score", 4)));
        }
        noContent(completeTask("chair", awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION),
                "APPROVE", Map.of("conditions", "Quarterly reports")));
        awaitStage(proposalId, "APPROVED");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode need = officer.get("/api/cooperation-requests/" + needId).json();
            assertThat(need.get("stage").asText()).isEqualTo("ADDRESSED");
            assertThat(need.get("addressedByProposalIds").toString()).contains(proposalId);
        });
        assertThat(storedEvents(needId, "CooperationRequestAddressedEvent")).isEqualTo(1);
    }

    private String submittedProposal(String title, List<String> needIds) {
        ApiClient officer = as("officer-jm");
        Map<String, Object> body = new java.util.HashMap<>(proposalBody("JM", title));
        body.put("cooperationRequestIds", needIds);
        String proposalId = created(officer.post("/api/proposals", body));
        ok(officer.post("/api/proposals/" + proposalId + "/submit", null));
        return proposalId;
    }


    private static List<String> outcomes(JsonNode task) {
        List<String> outcomes = new ArrayList<>();
        task.get("allowedOutcomes").forEach(o -> outcomes.add(o.asText()));
        return outcomes;
    }







}
