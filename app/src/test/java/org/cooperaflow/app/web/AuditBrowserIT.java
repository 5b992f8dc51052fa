package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.DemoAgencyBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor reads a case of the demo agency: its timeline filtered by actor, its CSV, the check of the chain, the
 * dossier as it stood at an event; an event changed in the database behind the application's back is named by the
 * check and marked in the timeline. An officer may not open the auditors' pages.
 */
class AuditBrowserIT extends DemoAgencyBrowserTest {

    @Test
    void theAuditorReadsACasesTimelineDownloadsItVerifiesTheChainAndSeesATamperedEvent() {
        awaitProcessorsCaughtUp();
        // the demo proposal with the longest history: submitted, screened, reviewed, decided...
        String caseId = jdbc.queryForObject("""
                SELECT aggregateIdentifier FROM domainevententry WHERE type = 'ProjectProposal'
                GROUP BY aggregateIdentifier ORDER BY count(*) DESC, aggregateIdentifier LIMIT 1""", String.class);

        signIn("auditor");
        browser.findElement(By.cssSelector(".main-nav a[href='/audit']")).click();
        waitFor(By.cssSelector("[data-test=audit-cases]"));
        checkPage("audit-index");
        browser.findElement(By.id("case")).sendKeys(caseId);
        browser.findElement(By.cssSelector("[data-test=open-case]")).click();
        waitFor(By.cssSelector("[data-test=audit-timeline]"));
        assertThat(browser.getCurrentUrl()).endsWith("/audit/" + caseId);
        assertThat(text(By.cssSelector("[data-test=audit-case]"))).contains(caseId);
        List<WebElement> rows = all(By.cssSelector("[data-test=audit-entry]"));
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(all(By.cssSelector("[data-test=audit-entry][data-source=EVENT]"))).isNotEmpty();
        assertThat(all(By.cssSelector("[data-test=audit-entry][data-source=WORKFLOW]"))).isNotEmpty();
        assertThat(all(By.cssSelector("[data-test=changed]"))).isEmpty();
        checkPage("audit-case");

        // filtered by one actor: only their entries, fewer than all
        int total = rows.size();
        new Select(browser.findElement(By.id("filter-actor"))).selectByValue("secretariat");
        waitUntil(b -> b.findElements(By.cssSelector("[data-test=audit-entry]")).size() < total);
        List<WebElement> filtered = all(By.cssSelector("[data-test=audit-entry]"));
        assertThat(filtered).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-actor")).isEqualTo("secretariat"));
        assertThat(browser.getCurrentUrl()).contains("actor=secretariat");
        assertThat(text(By.cssSelector("[data-test=shown]"))).isEqualTo(filtered.size() + " of " + total + " entries shown");

        // the CSV, fetched with the auditor's session as the link downloads it
        @SuppressWarnings("unchecked")
        List<Object> csv = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.querySelector('[data-test=csv]');
                fetch(link.href, {credentials: 'same-origin'})
                  .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'),
                                                      r.headers.get('content-disposition'), t])))
                  .catch(e => done(['failed', String(e)]));
                """);
        assertThat(csv.get(0)).as(String.valueOf(csv)).isEqualTo(200L);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        assertThat((String) csv.get(2)).contains("attachment", "audit-" + caseId + ".csv");
        List<String> lines = ((String) csv.get(3)).lines().toList();
        assertThat(lines.get(0)).isEqualTo("source,sequence,timestamp,type,actor,reason,taskId,taskName,hash,"
                + "hashMatches,payload");
        assertThat(lines).hasSizeGreaterThan(total);
        assertThat(lines.get(1)).startsWith("EVENT,0,").contains("ProposalDraftedEvent");
        assertThat(lines).anyMatch(l -> l.startsWith("WORKFLOW,,") && l.contains(",secretariat,"));

        // the chain is intact
        browser.findElement(By.cssSelector("[data-test=verify]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=verify-valid]")).getText()).contains("The chain is intact");
        // the README's picture: the check's result above the timeline
        ((JavascriptExecutor) browser).executeScript("document.getElementById('verification').scrollIntoView()");
        screenshot("audit-timeline");

        // the dossier as it stood at the case's second event
        open("/audit/" + caseId);
        List<WebElement> asOf = all(By.cssSelector("[data-test=as-of-link]"));
        assertThat(asOf).hasSizeGreaterThan(2);
        asOf.get(1).click();
        assertThat(waitFor(By.cssSelector("[data-test=as-of-banner]")).getText()).startsWith("You are looking at the proposal as it stood on");
        assertThat(browser.getCurrentUrl()).contains("/proposals/" + caseId + "?asOf=");

        // someone with the database owner's rights changes the case's second event
        Map<String, Object> row = jdbc.queryForMap("SELECT globalIndex, payload FROM domainevententry"
                + " WHERE aggregateIdentifier = ? AND sequenceNumber = 1", caseId);
        long globalIndex = ((Number) row.get("globalindex")).longValue();
        byte[] original = (byte[]) row.get("payload");
        try {
            asOwner(globalIndex, "UPDATE domainevententry SET payload = convert_to(convert_from(payload, 'UTF8') || ' ',"
                    + " 'UTF8') WHERE globalIndex = ?", globalIndex);
            open("/audit/" + caseId);
            waitFor(By.cssSelector("[data-test=audit-timeline]"));
            browser.findElement(By.cssSelector("[data-test=verify]")).click();
            WebElement broken = waitFor(By.cssSelector("[data-test=verify-broken]"));
            assertThat(broken.findElement(By.cssSelector("[data-test=first-broken]")).getText())
                    .contains("entry " + String.format(java.util.Locale.ENGLISH, "%,d", globalIndex), "event 1 (", caseId);
            assertThat(broken.findElement(By.cssSelector("[data-test=broken-link]")).getAttribute("href"))
                    .endsWith("/audit/" + caseId + "#event-1");
            // the timeline, swapped with the result, marks that event and only it
            waitUntil(b -> !b.findElements(By.cssSelector("#event-1 [data-test=changed]")).isEmpty());
            assertThat(all(By.cssSelector("[data-test=changed]"))).hasSize(1);
            // (the tag's style writes it in capitals; its words are these)
            assertThat(browser.findElement(By.cssSelector("#event-1 [data-test=changed]")).getAttribute("textContent"))
                    .isEqualTo("Changed after it was recorded");
            checkPage("audit-case-tampered");
        } finally {
            asOwner(globalIndex, "UPDATE domainevententry SET payload = ? WHERE globalIndex = ?", original, globalIndex);
        }
        open("/audit/" + caseId);
        browser.findElement(By.cssSelector("[data-test=verify]")).click();
        waitFor(By.cssSelector("[data-test=verify-valid]"));
        assertThat(all(By.cssSelector("[data-test=changed]"))).isEmpty();
    }

    @Test
    void anOfficerMayNotOpenTheAuditorsPages() {
        String caseId = jdbc.queryForObject("SELECT aggregateIdentifier FROM domainevententry"
                + " WHERE type = 'ProjectProposal' ORDER BY globalIndex LIMIT 1", String.class);
        signIn("officer-jm");
        assertThat(all(By.cssSelector(".main-nav a[href='/audit']"))).isEmpty();
        for (String path : List.of("/audit", "/audit/" + caseId, "/audit/" + caseId + "/history.csv")) {
            open(path);
            assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).as(path)
                    .isEqualTo("You may not open this page");
        }
    }

    /** As the database owner: lifts the event store's append-only trigger for one statement, then restores it. */
    private void asOwner(long globalIndex, String sql, Object... args) {
        jdbc.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only");
        try {
            assertThat(jdbc.update(sql, args)).as("event " + globalIndex + " changed").isEqualTo(1);
        } finally {
            jdbc.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_append_only");
        }
    }
}
