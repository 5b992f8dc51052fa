package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Each kind of task's own form: the project's start (a date), a progress report (a period, an expenditure, the
 * indicators' values, the final flag), its review, the final evaluation (a rating per OECD DAC criterion), the
 * diagnosis of a need (a reason to reject it) and a receipt (an amount in another currency at a rate).
 */
class TaskKindsBrowserIT extends BrowserTest {

    private static final String PROJECT = "Execution: digital teacher training";

    @Test
    void aProjectStartsReportsAndIsEvaluatedThroughItsTaskForms() {
        String account = educationAccount("Execution window");
        String contribution = receivedContribution(account, "200000.00");
        String id = approvedProposal(account, PROJECT);
        noContent(completeTask("fund", awaitTask("fund", id, "Task_AllocateFunds"), "ALLOCATE", Map.of("allocations",
                List.of(Map.of("contributionId", contribution, "amount", usd("150000.00"))))));
        awaitStage(id, "FUNDED");

        signIn("officer-jm");
        openTaskOf(PROJECT);
        setValue("field-startDate", "2027-01-15");
        checkPage("task-confirm-start");
        complete();
        awaitStage(id, "IN_EXECUTION");

        openTaskOf(PROJECT);
        assertThat(text(By.tagName("h1"))).isEqualTo("Submit a progress report");
        type("field-period", "2027-Q1");
        type("field-expenditure", "200000");
        type("indicator-0", "120");
        browser.findElement(By.id("field-final")).click();
        browser.findElement(By.id("submit-task")).click();
        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.findElement(By.cssSelector("a[href='#field-expenditure']")).getText())
                .contains("more than the project was granted");
        assertThat(browser.findElement(By.id("indicator-0")).getAttribute("value")).isEqualTo("120");
        assertThat(browser.findElement(By.id("field-final")).isSelected()).isTrue();
        checkPage("task-progress-report-error");
        type("field-expenditure", "45000");
        complete();

        signIn("secretariat");
        openTaskOf(PROJECT);
        browser.findElement(By.cssSelector("input[name=outcome][value=ACCEPT]")).click();
        complete();
        awaitStage(id, "FINAL_EVALUATION");

        openTaskOf(PROJECT);
        for (String criterion : List.of("RELEVANCE", "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT")) {
            new Select(browser.findElement(By.id("rating-" + criterion))).selectByValue("5");
        }
        browser.findElement(By.id("submit-task")).click();
        assertThat(waitFor(By.cssSelector("[data-test=error-summary]")).findElements(By.cssSelector("a[href='#rating-SUSTAINABILITY']")))
                .hasSize(1);
        assertThat(new Select(browser.findElement(By.id("rating-IMPACT"))).getFirstSelectedOption().getText()).isEqualTo("5");
        checkPage("task-final-evaluation-error");
        new Select(browser.findElement(By.id("rating-SUSTAINABILITY"))).selectByValue("4");
        complete();
        awaitStage(id, "CLOSED");

        signIn("manager");
        open("/proposals/" + id);
        assertThat(text(By.cssSelector("[data-test=reports]"))).contains("2027-Q1", "FINAL", "Teachers trained: 120",
                "$45,000.00", "Accept");
        assertThat(all(By.cssSelector("[data-test=evaluation] tbody tr"))).hasSize(6);
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("CLOSED");
        checkPage("dossier-closed");
    }

    @Test
    void theSecretariatRejectsANeedWithItsReasonAndTheFundManagerConfirmsAReceipt() {
        String need = created(as("officer-jm").post("/api/cooperation-requests", Map.of("memberState", "JM",
                "title", "Diagnosis: school meals", "description", "Meals for rural schools", "priority", "EDUCATION",
                "sdgs", List.of(2, 4), "nationalPlanReference", "Vision 2030 Jamaica", "modality", "SOUTH_SOUTH",
                "estimatedBudget", usd("80000.00"))));
        ok(as("officer-jm").post("/api/cooperation-requests/" + need + "/submit", null));
        awaitTask("secretariat", need, "Task_DiagnoseNeed");

        signIn("secretariat");
        openTaskOf("Diagnosis: school meals");
        browser.findElement(By.cssSelector("input[name=outcome][value=REJECT]")).click();
        browser.findElement(By.id("submit-task")).click();
        assertThat(waitFor(By.cssSelector("[data-test=error-summary]")).findElements(By.cssSelector("a[href='#field-reason']")))
                .hasSize(1);
        checkPage("task-diagnose-need-error");
        browser.findElement(By.id("field-reason")).click();
        complete();

        String contribution = created(as("fund").post("/api/contributions", Map.of(
                "contributor", Map.of("type", "MEMBER_STATE", "memberState", "CA"), "modality", "MULTILATERAL",
                "kind", "CASH", "pledged", Map.of("amount", "100000.00", "currency", "CAD"))));
        String receipt = awaitTask("fund", contribution, "Task_ConfirmReceipt");
        signIn("fund");
        open("/tasks/" + receipt);
        waitFor(By.cssSelector("[data-test=task-form]"));
        assertThat(browser.findElement(By.id("field-amount-currency")).getAttribute("value")).isEqualTo("CAD");
        type("field-amount", "100000");
        setValue("field-receivedOn", LocalDate.now().toString());
        type("field-usdRate", "0.73");
        checkPage("task-confirm-receipt");
        complete();
        assertThat(as("fund").get("/api/contributions/" + contribution).json().get("receivedUsd").get("amount").asText())
                .isEqualTo("73000.00");
    }

    private void complete() {
        browser.findElement(By.id("submit-task")).click();
        assertThat(waitFor(By.cssSelector("main > [role=status]")).getText())
                .isEqualTo("Done: the task is completed and the case has moved on.");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** A date input takes typing in the browser's own date format: its value is set as the form sends it. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), value);
    }
}
