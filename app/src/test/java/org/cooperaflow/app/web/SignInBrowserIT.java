package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooperaflow.app.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out through the pages' own login form, in a real browser. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void aUserSignsInSeesTheirInboxAndSignsOut() {
        open("/");
        waitFor(By.id("username"));
        checkPage("login");

        signIn("secretariat");
        assertThat(text(By.tagName("h1"))).isEqualTo("Inbox");
        assertThat(text(By.cssSelector(".user-roles"))).contains("Secretariat");
        checkPage("inbox-secretariat");

        signOut();
        assertThat(text(By.cssSelector("[role=status]"))).isEqualTo("You have signed out.");
    }

    @Test
    void aFormWhoseTokenNoLongerHoldsSaysSoAndChangesNothing() {
        signIn("secretariat");
        // as after the session ended while the page stayed open: the form's token is no longer the session's
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('form.sign-out input[name=_csrf]').value = 'expired'");
        browser.findElement(By.cssSelector("form.sign-out button")).click();

        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
        assertThat(text(By.cssSelector("[data-test=form-expired]"))).startsWith("The form was sent with a security token");
        open("/");
        assertThat(text(By.cssSelector("[data-test=user]"))).as("still signed in").isEqualTo("secretariat");
    }

    @Test
    void aWrongPasswordIsShownOnTheForm() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("secretariat");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("[data-test=error-summary]")).getText())
                .contains("The user name or the password is not right");
        checkPage("login-error");
    }

    @Test
    void anOfficerSeesTheirStateAndOnlyTheirNavigation() {
        signIn("officer-jm");
        assertThat(text(By.cssSelector("[data-test=member-state]"))).isEqualTo("Jamaica");
        assertThat(all(By.cssSelector(".main-nav a")).stream().map(a -> a.getText()).toList())
                .containsExactly("Inbox", "Proposals", "Needs", "New proposal", "New need", "Needs catalog");
        signIn("manager");
        assertThat(all(By.cssSelector(".main-nav a")).stream().map(a -> a.getText()).toList())
                .containsExactly("Inbox", "Proposals", "Needs", "Dashboard", "Needs catalog", "Fund");
    }

    @Test
    void anAddressNoPageHasIsTheReadableNotFoundPage() {
        signIn("auditor");
        open("/no-such-page");
        assertThat(waitFor(By.cssSelector("[data-test=error-404]")).getText()).isEqualTo("Page not found");
        assertThat(text(By.cssSelector("[data-test=user]"))).isEqualTo("auditor");
        assertThat(as("auditor").get("/api/no-such-resource").contentType()).contains("json");
    }
}
