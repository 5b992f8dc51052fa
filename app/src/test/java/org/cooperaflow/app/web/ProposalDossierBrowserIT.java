package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The dossier: every vote and decision, the stages with their dates, and the proposal as it stood at a decision. */
class ProposalDossierBrowserIT extends BrowserTest {

    @Test
    void showsEveryVoteTheDecisionAndTheTimelineAndAsOfTheLastVoteWhatTheBoardSaw() {
        String account = educationAccount("Dossier window");
        String id = approvedProposal(account, "Dossier of science fairs");

        signIn("manager");
        open("/proposals/" + id);
        assertThat(text(By.cssSelector("[data-test=dossier-title]"))).isEqualTo("Dossier of science fairs");
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("APPROVED");
        List<String> votes = all(By.cssSelector("[data-test=round-1] tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(votes).hasSize(5);
        assertThat(votes.get(0)).contains("board1", "Jamaica", "Recused");
        assertThat(votes.get(1)).contains("board2", "Brazil", "Approve", "4");
        assertThat(text(By.cssSelector("[data-test=decision]"))).contains("Approve", "by chair",
                "4 in favour, 0 against, 0 abstaining, 1 recused", "Quarterly reports");
        assertThat(all(By.cssSelector("[data-test=timeline] li")).stream().map(WebElement::getText).toList())
                .extracting(t -> t.split("\n")[0])
                .containsExactly("Draft", "Submitted", "Screening", "Eligibility", "Board review", "Approved");
        assertThat(text(By.cssSelector("[data-test=timeline] li"))).containsPattern("\\((\\d+ days?|\\d+ hours?|less than an hour)\\)");
        assertThat(text(By.cssSelector("[data-test=open-tasks]"))).contains("Allocate funds", "Fund manager");
        checkPage("dossier");

        Select asOf = new Select(browser.findElement(By.id("asOf")));
        List<WebElement> voteMoments = asOf.getOptions().stream().filter(o -> o.getText().contains("Board vote")).toList();
        assertThat(voteMoments).hasSize(5);
        asOf.selectByVisibleText(voteMoments.get(3).getText());

        waitFor(By.cssSelector("[data-test=as-of-banner]"));
        assertThat(browser.getCurrentUrl()).contains("asOf=");
        assertThat(text(By.cssSelector("[data-test=dossier-stage]"))).isEqualTo("BOARD REVIEW");
        assertThat(all(By.cssSelector("[data-test=round-1] tbody tr"))).hasSize(4);
        assertThat(all(By.cssSelector("[data-test=decision]"))).isEmpty();
        assertThat(all(By.cssSelector("[data-test=round-1] tbody tr")).get(3).getText()).contains("board4");
        checkPage("dossier-as-of");
    }

    @Test
    void anotherStatesOfficerMayNotOpenADraftNorEditAProposalTheirStateOnlyTakesPartIn() {
        String draft = created(as("officer-jm").post("/api/proposals", proposalBody("JM", "Draft of Jamaica only")));
        String submitted = submittedProposal("Submitted with Colombia as provider");

        signIn("officer-co");
        open("/proposals/" + draft);
        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
        open("/proposals/" + draft + "/edit");
        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
        assertThat(as("officer-co").get("/api/proposals/" + draft).status())
                .as("the API does not tell another state's draft from none").isEqualTo(404);
        open("/proposals/no-such-proposal");
        assertThat(waitFor(By.cssSelector("[data-test=error-404]")).getText()).isEqualTo("Page not found");
        checkPage("error-404");

        open("/proposals/" + submitted);
        assertThat(text(By.cssSelector("[data-test=dossier-title]"))).isEqualTo("Submitted with Colombia as provider");
        assertThat(all(By.cssSelector("[data-test=owner-actions]"))).isEmpty();
        open("/proposals/" + submitted + "/edit");
        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
        checkPage("error-403");
    }
}
