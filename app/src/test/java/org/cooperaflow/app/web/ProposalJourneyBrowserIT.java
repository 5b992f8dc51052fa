package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One proposal through everyone's pages, as the people do it: the officer drafts and submits it in the form, the
 * secretariat screens it from the inbox, the eligibility officer overrides the rules with a justification, every Board
 * member votes (the Jamaican member may only recuse), the chair decides, the fund manager allocates (a first amount
 * too large is refused at its field); the dossier then shows the votes and the stages, and what the Board saw before
 * its last vote.
 */
class ProposalJourneyBrowserIT extends BrowserTest {

    private static final String TITLE = "Journey: school radio for rural Jamaica";

    @Test
    void aProposalFromTheOfficersFormToItsFundingThroughEveryonesPages() {
        String account = educationAccount("Journey window");
        String contribution = receivedContribution(account, "400000.00");

        // the officer drafts the proposal in the form and submits it
        signIn("officer-jm");
        open("/proposals/new");
        waitFor(By.cssSelector("[data-test=proposal-form]"));
        type("title", TITLE);
        type("summary", "Colombia shares its school-radio model with Jamaica's rural schools.");
        choose("partners-0-memberState", "Colombia");
        choose("partners-0-role", "provider");
        choose("partners-1-memberState", "Jamaica");
        choose("partners-1-role", "beneficiary");
        choose("modality", "South-South");
        choose("priority", "Education");
        browser.findElement(By.id("measure-2-4")).click();
        browser.findElement(By.id("sdg-4")).click();
        type("requestedAmount-amount", "300000.00");
        type("durationMonths", "24");
        choose("accountId", "Journey window");
        type("indicators-0-name", "Schools on air");
        type("indicators-0-unit", "schools");
        type("indicators-0-baseline", "0");
        type("indicators-0-target", "80");
        screenshot("journey-1-proposal-form");
        browser.findElement(By.id("save-proposal")).click();
        waitFor(By.cssSelector("[data-test=notice]"));
        String id = browser.getCurrentUrl().replaceAll(".*/proposals/", "");
        browser.findElement(By.cssSelector("[data-test=submit]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).contains("submitted");

        // the secretariat screens it from the inbox
        signIn("secretariat");
        openTaskOf(TITLE);
        checkPage("journey-2-screening");
        decide("COMPLETE", "All annexes present");

        // the eligibility officer overrides the rules' finding, with a justification
        signIn("eligibility");
        openTaskOf(TITLE);
        assertThat(text(By.cssSelector("[data-test=findings]"))).contains("above the thematic account's ceiling");
        browser.findElement(By.id("outcome")).click();
        type("field-justification", "The Journey window's ceiling rises to 300000 next quarter");
        screenshot("journey-3-eligibility-override");
        decide(null, "Override recorded with the account's decision");

        // every Board member votes; the Jamaican member may only recuse
        signIn("board1");
        openTaskOf(TITLE);
        assertThat(all(By.cssSelector("input[name=outcome]"))).hasSize(1);
        decide(null, "Jamaica is the proposer");
        for (String member : List.of("board2", "board3", "board4", "chair")) {
            signIn(member);
            openTaskOf(TITLE);
            browser.findElement(By.id("outcome")).click();
            choose("field-score", "4 – very good");
            if (member.equals("board4")) {
                screenshot("journey-4-board-vote");
            }
            decide(null, member + " supports the school radio");
        }

        // the chair records the Board's decision
        signIn("chair");
        openTaskOf(TITLE);
        browser.findElement(By.id("outcome")).click();
        type("field-conditions", "Quarterly reports to the secretariat");
        decide(null, "Approved with conditions");
        awaitStage(id, "APPROVED");

        // the fund manager allocates: too much is refused at the contribution's field, the typed amount kept
        signIn("fund");
        openTaskOf(TITLE);
        assertThat(text(By.cssSelector("[data-test=funds]"))).contains("United States", "$400,000.00");
        type("allocation-" + contribution, "350000");
        browser.findElement(By.id("submit-task")).click();
        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        assertThat(summary.getText()).contains("more than the Board approved");
        assertThat(browser.findElement(By.id("allocation-" + contribution)).getAttribute("value")).isEqualTo("350000");
        checkPage("journey-5-allocation-refused");
        type("allocation-" + contribution, "300000");
        decide(null, null);
        awaitStage(id, "FUNDED");

        // the dossier: every vote, the stages with their dates, and what the Board saw before its last vote
        signIn("manager");
        open("/proposals/" + id);
        List<String> votes = all(By.cssSelector("[data-test=round-1] tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(votes).hasSize(5);
        assertThat(votes.get(0)).contains("board1", "Recused", "Jamaica is the proposer");
        assertThat(votes.get(4)).contains("chair", "Mexico", "Approve", "4");
        assertThat(text(By.cssSelector("[data-test=eligibility]"))).contains("OVERRIDES THE RULES",
                "The Journey window's ceiling rises to 300000 next quarter");
        assertThat(all(By.cssSelector("[data-test=timeline] li")).stream().map(e -> e.getText().split("\n")[0]).toList())
                .containsExactly("Draft", "Submitted", "Screening", "Eligibility", "Board review", "Approved", "Funded");
        assertThat(text(By.cssSelector("[data-test=allocations]"))).contains("United States", "$300,000.00");
        checkPage("journey-6-dossier");

        Select asOf = new Select(browser.findElement(By.id("asOf")));
        List<WebElement> voteMoments = asOf.getOptions().stream().filter(o -> o.getText().contains("Board vote")).toList();
        asOf.selectByVisibleText(voteMoments.get(voteMoments.size() - 2).getText());
        waitFor(By.cssSelector("[data-test=as-of-banner]"));
        assertThat(all(By.cssSelector("[data-test=round-1] tbody tr"))).hasSize(4);
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("BOARD REVIEW");
        assertThat(all(By.cssSelector("[data-test=decision]"))).isEmpty();
        checkPage("journey-7-before-the-last-vote");
    }

    /** Chooses the outcome (when given), types the comment (when given) and completes the task. */
    private void decide(String outcome, String comment) {
        if (outcome != null) {
            browser.findElement(By.cssSelector("input[name=outcome][value=" + outcome + "]")).click();
        }
        if (comment != null) {
            type("comment", comment);
        }
        browser.findElement(By.id("submit-task")).click();
        assertThat(waitFor(By.cssSelector("main > [role=status]")).getText())
                .isEqualTo("Done: the task is completed and the case has moved on.");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void choose(String id, String visibleText) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }
}
