package org.cooperaflow.app.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fund manager cancels a pledge of which nothing was received, saying why: the reason is on the event, and the
 * pledge's receipt process ends with its task and its reminder timer.
 */
class ContributionCancelIT extends IntegrationTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void theFundManagerCancelsAPledgeAndItsProcessEnds() {
        String id = pledgeAwaitingReceipt();
        String process = processInstanceOf(id);
        assertThat(managementService.createJobQuery().processInstanceId(process).timers().count()).isOne();

        ApiClient.Response cancelled = as("fund").post("/api/contributions/" + id + "/cancel",
                Map.of("comment", "Pledge withdrawn by the donor's note of 28 November"));

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(storedEvents(id, "ContributionPledgeCancelledEvent")).isOne();
        awaitProcessorsCaughtUp();
        JsonNode cancellation = eventOfType(as("auditor").decisionHistory(id),
                "ContributionPledgeCancelledEvent");
        assertThat(cancellation).as("the cancellation in the audit history").isNotNull();
        assertThat(cancellation.get("reason").asText()).isEqualTo("Pledge withdrawn by the donor's note of 28 November");
        assertThat(cancellation.get("actor").asText()).isEqualTo("fund");
        assertThat(as("fund").get("/api/tasks?caseId=" + id).json().get("total").asInt()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(process).count()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(process).count()).isZero();
    }

    @Test
    void aCancellationNeedsAComment() {
        String id = pledgeAwaitingReceipt();
        long before = totalEvents();

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("comment", "  "))) {
            ApiClient.Response refused = as("fund").post("/api/contributions/" + id + "/cancel", body);
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(problemFields(refused.json())).containsExactly("comment");
        }

        assertThat(totalEvents()).isEqualTo(before);
        assertThat(storedEvents(id, "ContributionPledgeCancelledEvent")).isZero();
        assertThat(as("fund").get("/api/tasks?caseId=" + id).json().get("total").asInt()).isOne();
    }

    @Test
    void onlyTheFundManagerCancels() {
        String id = pledgeAwaitingReceipt();
        long before = totalEvents();

        for (String other : List.of("manager", "officer-jm", "auditor")) {
            assertThat(as(other).post("/api/contributions/" + id + "/cancel", Map.of("comment", "not mine to cancel"))
                    .status()).as(other).isEqualTo(403);
        }

        assertThat(totalEvents()).isEqualTo(before);
        assertThat(as("fund").post("/api/contributions/" + java.util.UUID.randomUUID() + "/cancel",
                Map.of("comment", "no such pledge")).status()).isEqualTo(404);
    }

    @Test
    void aPledgeWithAReceiptIsNotCancelled() {
        String id = pledgeAwaitingReceipt();
        ok(as("fund").post("/api/contributions/" + id + "/receipts",
                Bodies.receipt("10.00", "USD", LocalDate.now().toString(), null)));
        long before = totalEvents();

        ApiClient.Response refused = as("fund").post("/api/contributions/" + id + "/cancel",
                Map.of("comment", "Donor changed its mind"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(totalEvents()).isEqualTo(before);
        assertThat(storedEvents(id, "ContributionPledgeCancelledEvent")).isZero();
        assertThat(as("auditor").get("/api/contributions/" + id).json().get("status").asText())
                .isEqualTo("PARTIALLY_RECEIVED");
    }

    @Test
    void aPledgeIsCancelledOnce() {
        String id = pledgeAwaitingReceipt();
        ok(as("fund").post("/api/contributions/" + id + "/cancel", Map.of("comment", "Donor withdrew the pledge")));
        long before = totalEvents();

        ApiClient.Response again = as("fund").post("/api/contributions/" + id + "/cancel",
                Map.of("comment", "Donor withdrew the pledge, again"));

        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(totalEvents()).isEqualTo(before);
        assertThat(storedEvents(id, "ContributionPledgeCancelledEvent")).isOne();
    }

    /** A United States pledge of USD 1,000 whose confirm-receipt task is open. */
    private String pledgeAwaitingReceipt() {
        String id = created(as("fund").post("/api/contributions", Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), null, "1000.00", "USD")));
        awaitTask("fund", id, ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
        String process = processInstanceOf(id);
        await().atMost(Duration.ofSeconds(20)).alias("reminder timer of " + id).until(
                () -> managementService.createJobQuery().processInstanceId(process).timers().count() == 1);
        return id;
    }

    private String processInstanceOf(String contributionId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(contributionId)
                .processDefinitionKey(ContributionProcess.KEY).singleResult().getId();
    }

    private static JsonNode eventOfType(JsonNode history, String type) {
        for (JsonNode entry : history) {
            if ("EVENT".equals(entry.get("source").asText()) && entry.get("type").asText().endsWith(type)) {
                return entry;
            }
        }
        return null;
    }
}
