package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A member-state officer drafts a proposal in the form, corrects what the form refused, and submits it. */
class ProposalFormBrowserIT extends BrowserTest {

    @Test
    void anOfficerDraftsCorrectsAndSubmitsAProposal() {
        signIn("officer-jm");
        browser.findElement(By.linkText("New proposal")).click();
        waitFor(By.cssSelector("[data-test=proposal-form]"));
        checkPage("proposal-form");

        type("summary", "Colombia shares its model of school radio with Jamaica's rural schools.");
        new Select(browser.findElement(By.id("partners-0-memberState"))).selectByVisibleText("Colombia");
        new Select(browser.findElement(By.id("partners-0-role"))).selectByVisibleText("provider");
        new Select(browser.findElement(By.id("partners-1-memberState"))).selectByVisibleText("Jamaica");
        new Select(browser.findElement(By.id("partners-1-role"))).selectByVisibleText("beneficiary");
        new Select(browser.findElement(By.id("modality"))).selectByVisibleText("South-South");
        new Select(browser.findElement(By.id("priority"))).selectByVisibleText("Education");
        browser.findElement(By.id("measure-2-4")).click();
        browser.findElement(By.id("sdg-4")).click();
        type("requestedAmount-amount", "120000.00");
        type("durationMonths", "eighteen");
        type("indicators-0-name", "Schools on air");
        type("indicators-0-unit", "schools");
        type("indicators-0-baseline", "0");
        type("indicators-0-target", "60");
        browser.findElement(By.id("save-proposal")).click();

        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.findElements(By.cssSelector("a")).stream().map(a -> a.getAttribute("href")))
                .anyMatch(h -> h.endsWith("#title")).anyMatch(h -> h.endsWith("#durationMonths"));
        assertThat(text(By.cssSelector("#durationMonths-error"))).contains("enter a whole number");
        assertThat(browser.findElement(By.id("summary")).getAttribute("value")).startsWith("Colombia shares");
        assertThat(browser.findElement(By.id("measure-2-4")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("partners-1-role"))).getFirstSelectedOption().getText())
                .isEqualTo("beneficiary");
        assertThat(browser.findElement(By.id("indicators-0-target")).getAttribute("value")).isEqualTo("60");
        checkPage("proposal-form-errors");

        // a control character (pasted, or sent by a script) is refused at its field, as the API refuses it
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('title').value = arguments[0]", "School radio\u0007 for rural Jamaica");
        type("durationMonths", "18");
        browser.findElement(By.id("save-proposal")).click();
        waitFor(By.cssSelector("#title-error"));
        assertThat(text(By.cssSelector("#title-error"))).contains("must not contain control characters");
        assertThat(browser.findElement(By.id("durationMonths")).getAttribute("value")).isEqualTo("18");

        type("title", "School radio for rural Jamaica");
        type("durationMonths", "18");
        browser.findElement(By.id("save-proposal")).click();

        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).isEqualTo("The proposal is saved.");
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("DRAFT");
        String id = browser.getCurrentUrl().replaceAll(".*/proposals/", "");
        browser.findElement(By.cssSelector("[data-test=submit]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText())
                .isEqualTo("The proposal is submitted: the secretariat will screen it.");
        awaitTask("secretariat", id, "Task_ScreenProposal");
        assertThat(as("officer-jm").get("/api/proposals/" + id).json().get("durationMonths").asInt()).isEqualTo(18);
    }

    @Test
    void anOfficerRevisesAReturnedProposalAndResubmitsIt() {
        String id = submittedProposal("Returned: teacher mentoring");
        noContent(completeTask("secretariat", awaitTask("secretariat", id, "Task_ScreenProposal"), "INCOMPLETE",
                java.util.Map.of()));
        awaitStage(id, "RETURNED_FOR_REVISION");

        signIn("officer-jm");
        open("/proposals/" + id);
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("RETURNED FOR REVISION");
        browser.findElement(By.cssSelector("[data-test=edit]")).click();
        waitFor(By.cssSelector("[data-test=proposal-form]"));
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Returned: teacher mentoring");
        assertThat(browser.findElement(By.id("indicators-0-name")).getAttribute("value")).isEqualTo("Teachers trained");
        type("title", "Revised: teacher mentoring");
        browser.findElement(By.id("save-proposal")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).isEqualTo("The proposal is saved.");
        assertThat(text(By.cssSelector("[data-test=dossier-title]"))).isEqualTo("Revised: teacher mentoring");

        browser.findElement(By.cssSelector("[data-test=resubmit]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText())
                .isEqualTo("The proposal is resubmitted: the secretariat will screen it again.");
        awaitTask("secretariat", id, "Task_ScreenProposal");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
