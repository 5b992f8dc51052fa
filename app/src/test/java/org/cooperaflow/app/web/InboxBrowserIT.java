package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The inbox: the group's unclaimed tasks, claimed and released in place (htmx) or by a plain form post. */
class InboxBrowserIT extends BrowserTest {

    @Test
    void theSecretariatClaimsAndReleasesATaskInPlaceAndWithoutJavaScript() {
        String id = submittedProposal("Library kits for rural schools");
        String taskId = awaitTask("secretariat", id, "Task_ScreenProposal");

        signIn("secretariat");
        open("/?case=" + id);
        By row = By.id("task-" + taskId);
        waitFor(row);
        assertThat(text(row)).contains("Screen for completeness", "Library kits for rural schools", "Screening",
                "Not claimed");
        checkPage("inbox-with-tasks");

        browser.findElement(row).findElement(By.cssSelector("[data-test=claim]")).click();
        waitUntil(b -> b.findElement(row).getText().contains("You"));
        assertThat(browser.findElement(row).findElements(By.cssSelector("[data-test=release]"))).hasSize(1);
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("the focus stays on the row's action").isEqualTo("action-" + taskId);
        assertThat(as("secretariat").get("/api/tasks/" + taskId).json().get("assignee").asText()).isEqualTo("secretariat");

        browser.findElement(row).findElement(By.cssSelector("[data-test=release]")).click();
        waitUntil(b -> b.findElement(row).getText().contains("Not claimed"));
        assertThat(as("secretariat").get("/api/tasks/" + taskId).json().hasNonNull("assignee")).isFalse();

        // the same form without htmx: a plain POST, and the inbox comes back with a notice
        WebElement form = browser.findElement(row).findElement(By.cssSelector("form"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].submit()", form);
        assertThat(waitFor(By.cssSelector("main > [role=status]")).getText()).isEqualTo("The task is yours now.");
        open("/?case=" + id);
        assertThat(text(row)).contains("You");
        browser.findElement(row).findElement(By.cssSelector("[data-test=release]")).click();
        waitUntil(b -> b.findElement(row).getText().contains("Not claimed"));
    }

    @Test
    void theFiltersNarrowTheListInPlaceAndKeepTheirAddress() {
        String id = submittedProposal("Filters for teacher exchanges");
        String taskId = awaitTask("secretariat", id, "Task_ScreenProposal");

        signIn("secretariat");
        new Select(browser.findElement(By.id("filter-type"))).selectByVisibleText("Diagnose a need");
        waitUntil(b -> b.findElements(By.id("task-" + taskId)).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("type=Task_DiagnoseNeed");

        new Select(browser.findElement(By.id("filter-type"))).selectByVisibleText("Screen for completeness");
        new Select(browser.findElement(By.id("filter-case"))).selectByVisibleText("Filters for teacher exchanges");
        waitUntil(b -> b.getCurrentUrl().contains("case=" + id)
                && b.findElements(By.cssSelector("[data-test=inbox] tbody tr")).size() == 1
                && !b.findElements(By.id("task-" + taskId)).isEmpty());
        checkPage("inbox-filtered");
    }

    @Test
    void theInboxIsPagedOldestFirst() {
        for (int i = 0; i < 21; i++) {
            submittedProposal("Paging of the inbox " + i);
        }
        await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                as("secretariat").get("/api/tasks").json().get("total").asInt() >= 21);

        signIn("secretariat");
        List<java.time.Instant> firstPage = createdTimes();
        assertThat(firstPage).hasSize(20);
        assertThat(firstPage).isSorted();
        assertThat(text(By.cssSelector(".pagination"))).contains("Page 1 of");
        checkPage("inbox-paged");

        browser.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        waitUntil(b -> b.findElement(By.cssSelector(".pagination")).getText().contains("Page 2 of"));
        assertThat(browser.getCurrentUrl()).contains("page=1");
        List<java.time.Instant> secondPage = createdTimes();
        assertThat(secondPage).isNotEmpty().isSorted();
        assertThat(secondPage.get(0)).isAfterOrEqualTo(firstPage.get(firstPage.size() - 1));
    }

    private List<java.time.Instant> createdTimes() {
        return all(By.cssSelector("[data-test=inbox] tbody tr td:nth-child(4) time")).stream()
                .map(t -> java.time.OffsetDateTime.parse(t.getAttribute("datetime")).toInstant()).toList();
    }
}
