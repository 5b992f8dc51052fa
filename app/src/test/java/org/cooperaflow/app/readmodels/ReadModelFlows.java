package org.cooperaflow.app.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;

/** HTTP steps the read-model ITs share: a real proposal driven through its workflow tasks. */
public abstract class ReadModelFlows extends IntegrationTest {

    /** Opens an account, drafts and submits a JM proposal for it, and takes it through screening. */
    protected String screenedProposal(String title) {
        String accountId = created(as("fund").post("/api/accounts", Map.of("name", "Window " + title,
                "priorities", List.of("EDUCATION"), "projectCeiling", Map.of("amount", "250000.00", "currency", "USD"))));
        Map<String, Object> body = new HashMap<>(proposalBody("JM", title));
        body.put("accountId", accountId);
        String id = created(as("officer-jm").post("/api/proposals", body));
        ApiClient.Response submitted = as("officer-jm").post("/api/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        complete("secretariat", awaitTask("secretariat", id, Elements.TASK_SCREEN_PROPOSAL), "COMPLETE", Map.of());
        return id;
    }

    protected void confirmEligible(String id) {
        complete("eligibility", awaitTask("eligibility", id, Elements.TASK_CONFIRM_ELIGIBILITY), "ELIGIBLE", Map.of());
        await().atMost(Duration.ofSeconds(20)).until(
                () -> as("manager").get("/api/proposals/" + id).json().get("stage").asText(), "BOARD_REVIEW"::equals);
    }


    protected void complete(String user, String taskId, String outcome, Map<String, Object> data) {
        noContent(as(user).post("/api/tasks/" + taskId + "/complete",
                Map.of("outcome", outcome, "comment", user + " says " + outcome.toLowerCase(), "data", data)));
    }


}
