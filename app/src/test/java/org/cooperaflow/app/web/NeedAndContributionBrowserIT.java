package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An officer files a need in the form; the fund's readers open a contribution's page, officers may not. */
class NeedAndContributionBrowserIT extends BrowserTest {

    @Test
    void anOfficerFilesANeedAndSubmitsIt() {
        signIn("officer-jm");
        browser.findElement(By.linkText("New need")).click();
        waitFor(By.cssSelector("[data-test=need-form]"));
        type("description", "Rural schools lack connected classrooms.");
        browser.findElement(By.id("save-need")).click();
        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.findElement(By.cssSelector("a[href='#title']")).getText()).isEqualTo("Title is required");
        assertThat(browser.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("Rural schools lack connected classrooms.");
        checkPage("need-form-errors");

        type("title", "Connected classrooms for rural schools");
        new Select(browser.findElement(By.id("priority"))).selectByVisibleText("Education");
        browser.findElement(By.id("sdg-4")).click();
        type("nationalPlanReference", "Vision 2030 Jamaica");
        new Select(browser.findElement(By.id("modality"))).selectByVisibleText("South-South");
        type("estimatedBudget-amount", "90000");
        browser.findElement(By.id("save-need")).click();

        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).isEqualTo("The need is saved.");
        assertThat(text(By.cssSelector("[data-test=need-stage]"))).isEqualTo("DRAFT");
        browser.findElement(By.cssSelector("[data-test=submit]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText())
                .isEqualTo("The need is submitted: the secretariat will diagnose it.");
        checkPage("need");
    }

    @Test
    void anOfficerListsTheirStatesNeedsByStageAndNoOtherStatesDrafts() {
        String draft = created(as("officer-jm").post("/api/cooperation-requests", Map.of("memberState", "JM",
                "title", "Needs list: a Jamaican draft")));
        String submitted = created(as("officer-co").post("/api/cooperation-requests", Map.of("memberState", "CO",
                "title", "Needs list: a Colombian need", "description", "Water for rural clinics",
                "priority", "SOCIAL_DEVELOPMENT", "sdgs", List.of(6), "nationalPlanReference", "PND 2022-2026",
                "modality", "SOUTH_SOUTH", "estimatedBudget", usd("60000.00"))));
        String colombianDraft = created(as("officer-co").post("/api/cooperation-requests", Map.of("memberState", "CO",
                "title", "Needs list: a Colombian draft")));
        ok(as("officer-co").post("/api/cooperation-requests/" + submitted + "/submit", null));
        awaitTask("secretariat", submitted, "Task_DiagnoseNeed");
        awaitProcessorsCaughtUp();

        signIn("officer-jm");
        browser.findElement(By.cssSelector(".main-nav a[href='/needs']")).click();
        waitFor(By.cssSelector("[data-test=needs]"));
        assertThat(text(By.cssSelector(".lead"))).isEqualTo("The needs of Jamaica, drafts included.");
        assertThat(needLinks()).contains("/needs/" + draft).doesNotContain("/needs/" + submitted,
                "/needs/" + colombianDraft);
        checkPage("needs-of-a-state");

        signIn("secretariat");
        open("/needs?stage=UNDER_DIAGNOSIS");
        waitFor(By.cssSelector("[data-test=needs]"));
        assertThat(needLinks()).contains("/needs/" + submitted).doesNotContain("/needs/" + draft,
                "/needs/" + colombianDraft);
        new Select(browser.findElement(By.id("filter-need-stage"))).selectByVisibleText("Draft");
        waitUntil(b -> b.findElements(By.cssSelector("[data-test=needs]")).isEmpty());
        assertThat(text(By.cssSelector("#need-results .empty"))).isEqualTo("No need is at this stage.");
    }

    private List<String> needLinks() {
        return browser.findElements(By.cssSelector("[data-test=needs] tbody a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", "")).toList();
    }

    @Test
    void theFundsReadersOpenAContributionAndAnOfficerMayNot() {
        String account = educationAccount("Contribution page window");
        String contribution = receivedContribution(account, "400000.00");

        signIn("manager");
        open("/contributions/" + contribution);
        assertThat(text(By.cssSelector("[data-test=contribution-title]"))).isEqualTo("Contribution of United States");
        assertThat(text(By.cssSelector("[data-test=contribution-money]"))).contains("$400,000.00", "Contribution page window");
        checkPage("contribution");

        signIn("officer-jm");
        open("/contributions/" + contribution);
        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
