package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages in the OAS's four languages: the switch changes every word and keeps the choice from page to page; every
 * page, walked in each language, has no missing message key and no serious accessibility violation.
 */
class LanguagesBrowserIT extends BrowserTest {

    @Test
    void theSwitchChangesThePagesLanguageAndKeepsIt() {
        signIn("secretariat");
        assertThat(text(By.tagName("h1"))).isEqualTo("Inbox");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("Español", List.of("Bandeja de entrada", "Propuestas", "es"));
        expected.put("Français", List.of("Boîte de réception", "Propositions", "fr"));
        expected.put("Português", List.of("Caixa de entrada", "Propostas", "pt"));
        expected.put("English", List.of("Inbox", "Proposals", "en"));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            open("/");
            browser.findElement(By.linkText(language.getKey())).click();
            waitUntil(b -> b.findElement(By.tagName("h1")).getText().equals(language.getValue().get(0)));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.getValue().get(2));
            assertNoMissingKeys("switch to " + language.getKey());
            browser.findElement(By.cssSelector(".main-nav a[href='/proposals']")).click();
            assertThat(waitFor(By.tagName("h1")).getText()).as("the language is kept").isEqualTo(language.getValue().get(1));
        }
    }

    @Test
    void everyPageInEveryLanguageHasAllItsWordsAndPassesAxe() {
        String account = educationAccount("Languages window");
        String contribution = receivedContribution(account, "250000.00");
        String proposal = submittedProposal("Languages: a proposal in four languages");
        String task = awaitTask("secretariat", proposal, "Task_ScreenProposal");
        String need = created(as("officer-jm").post("/api/cooperation-requests", Map.of("memberState", "JM",
                "title", "Languages: a need in four languages")));
        String approved = approvedProposal(account, "Languages: an approved proposal");

        for (String language : List.of("en", "es", "fr", "pt")) {
            browser.manage().deleteAllCookies();
            open("/login?lang=" + language);
            walk(language, "login");
            walk(language, "catalog", "/catalog");

            signInIn(language, "officer-jm");
            walk(language, "inbox", "/");
            walk(language, "proposals", "/proposals");
            walk(language, "needs", "/needs");
            walk(language, "proposal-form", "/proposals/new");
            walk(language, "need-form", "/needs/new");
            walk(language, "need", "/needs/" + need);
            walk(language, "dossier-submitted", "/proposals/" + proposal);

            signInIn(language, "secretariat");
            walk(language, "task-screening", "/tasks/" + task);
            walk(language, "not-found", "/proposals/no-such-proposal");

            signInIn(language, "manager");
            walk(language, "dossier-approved", "/proposals/" + approved);
            walk(language, "contribution", "/contributions/" + contribution);
            walk(language, "dashboard", "/dashboard");
            walk(language, "funds", "/funds");

            signInIn(language, "fund");
            walk(language, "funds-pledge-form", "/funds/pledges/new");

            signInIn(language, "auditor");
            walk(language, "audit", "/audit");
            walk(language, "audit-case", "/audit/" + proposal);

            signInIn(language, "officer-co");
            walk(language, "forbidden", "/contributions/" + contribution);
        }
    }

    private void signInIn(String language, String user) {
        signIn(user);
        open("/?lang=" + language);
    }

    private void walk(String language, String name, String path) {
        open(path);
        walk(language, name);
    }

    private void walk(String language, String name) {
        waitFor(By.tagName("h1"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(name).isEqualTo(language);
        checkPage("lang-" + language + "-" + name);
    }
}
