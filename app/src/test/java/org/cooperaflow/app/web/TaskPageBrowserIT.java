package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A task opened from the inbox: its form from the task's outcomes and fields, the domain's errors at their fields. */
class TaskPageBrowserIT extends BrowserTest {

    @Test
    void anOverrideWithoutJustificationIsRefusedAtTheFieldAndTheTypedValuesStay() {
        String account = educationAccount("Task page window");
        Map<String, Object> body = new HashMap<>(proposalBody("JM", "Coastal schools beyond the ceiling"));
        body.put("accountId", account);
        body.put("requestedAmount", usd("300000.00"));
        String id = created(as("officer-jm").post("/api/proposals", body));
        ok(as("officer-jm").post("/api/proposals/" + id + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", id, "Task_ScreenProposal"), "COMPLETE", Map.of()));
        awaitTask("eligibility", id, "Task_ConfirmEligibility");

        signIn("eligibility");
        openTaskOf("Coastal schools beyond the ceiling");
        assertThat(text(By.cssSelector("[data-test=findings]")))
                .contains("The requested amount is above the thematic account's ceiling");
        checkPage("task-confirm-eligibility");

        browser.findElement(By.id("outcome")).click();
        browser.findElement(By.id("comment")).sendKeys("Strategic for the Caribbean");
        browser.findElement(By.cssSelector("[data-test=complete]")).click();

        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.findElement(By.cssSelector("a[href='#field-justification']")).getText())
                .isEqualTo("Enter a justification: your ruling departs from what the eligibility rules found.");
        assertThat(browser.findElement(By.id("group-justification")).getAttribute("class")).contains("form-group-error");
        assertThat(browser.findElement(By.id("comment")).getAttribute("value")).isEqualTo("Strategic for the Caribbean");
        assertThat(browser.findElement(By.id("outcome")).isSelected()).as("ELIGIBLE still chosen").isTrue();
        checkPage("task-error-at-field");

        summary.findElement(By.cssSelector("a[href='#field-justification']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("field-justification");
        browser.switchTo().activeElement().sendKeys("The account's ceiling rises next year");
        browser.findElement(By.cssSelector("[data-test=complete]")).click();

        assertThat(waitFor(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Done: the task is completed and the case has moved on.");
        awaitStage(id, "BOARD_REVIEW");
    }

    @Test
    void theJamaicanMemberMayOnlyRecuseAndAnotherVotesWithTheKeyboardAlone() {
        String id = submittedProposal("Keyboard review of school radio");
        screenAndConfirmEligibility(id);
        awaitTask("board1", id, "Task_ReviewProposal");

        signIn("board1");
        openTaskOf("Keyboard review of school radio");
        assertThat(text(By.cssSelector("[data-test=only-recuse]"))).contains("you may only recuse yourself");
        assertThat(all(By.cssSelector("input[name=outcome]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("input[name=outcome]")).getAttribute("value")).isEqualTo("RECUSE");
        assertThat(all(By.id("field-score"))).as("a member who recuses does not score").isEmpty();
        checkPage("task-review-recuse-only");
        browser.findElement(By.cssSelector("[data-test=complete]")).click();
        waitFor(By.cssSelector("main [role=status]"));

        awaitTask("board2", id, "Task_ReviewProposal");
        signIn("board2");
        openTaskOf("Keyboard review of school radio");
        assertThat(all(By.cssSelector("input[name=outcome]"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("APPROVE", "REJECT", "ABSTAIN", "RECUSE");
        browser.findElement(By.tagName("h1")).click();
        WebElement approve = tabTo("outcome", 40);
        approve.sendKeys(Keys.SPACE);
        assertThat(approve.isSelected()).isTrue();
        tabTo("field-score", 3).sendKeys("4");
        tabTo("comment", 3).sendKeys("Clear results framework");
        tabTo("submit-task", 3).sendKeys(Keys.ENTER);

        assertThat(waitFor(By.cssSelector("main [role=status]")).getText())
                .isEqualTo("Done: the task is completed and the case has moved on.");
        var votes = as("manager").get("/api/proposals/" + id).json().get("votes");
        assertThat(votes.findValuesAsText("voter")).containsExactly("board1", "board2");
        assertThat(votes.get(1).get("vote").asText()).isEqualTo("APPROVE");
        assertThat(votes.get(1).get("score").asInt()).isEqualTo(4);
    }

    @Test
    void returningAProposalAsIncompleteNeedsTheCommentTheFormAsksFor() {
        String id = submittedProposal("Incomplete annexes of a school census");
        awaitTask("secretariat", id, "Task_ScreenProposal");

        signIn("secretariat");
        openTaskOf("Incomplete annexes of a school census");
        assertThat(text(By.id("comment-hint"))).contains("Required to choose: Incomplete: return it to the proposer");
        browser.findElement(By.cssSelector("input[name=outcome][value=INCOMPLETE]")).click();
        browser.findElement(By.id("submit-task")).click();

        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.findElement(By.cssSelector("a[href='#comment']")).getText())
                .isEqualTo("Enter a comment: it is required to choose Incomplete: return it to the proposer");
        assertThat(browser.findElement(By.cssSelector("input[name=outcome][value=INCOMPLETE]")).isSelected()).isTrue();
        assertThat(storedEvents(id, "ProposalScreenedEvent")).isZero();

        browser.findElement(By.id("comment")).sendKeys("The budget annex is missing");
        browser.findElement(By.id("submit-task")).click();
        waitFor(By.cssSelector("main > [role=status]"));
        awaitStage(id, "RETURNED_FOR_REVISION");
    }
}
