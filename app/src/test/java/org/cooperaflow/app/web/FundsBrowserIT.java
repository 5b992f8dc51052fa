package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cooperaflow.app.support.DemoAgencyBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The fund manager reads the demo agency's books, records a pledge for an account and then a receipt in the forms,
 * and sees the account's available money grow by the receipt; a negative amount and a receipt dated in the future are
 * refused at their fields with the typed values kept. An officer may not open the fund's books.
 */
class FundsBrowserIT extends DemoAgencyBrowserTest {

    @Test
    void theFundManagerRecordsAPledgeAndAReceiptAndTheAccountsAvailableMoneyGrows() {
        signIn("fund");
        browser.findElement(By.cssSelector(".main-nav a[href='/funds']")).click();
        waitFor(By.cssSelector("[data-test=accounts]"));
        assertThat(all(By.cssSelector("[data-test=contribution-row]"))).as("the demo agency's contributions").isNotEmpty();
        checkPage("funds");
        WebElement account = browser.findElement(By.cssSelector("[data-test=account-row]:not([data-account=''])"));
        String accountId = account.getAttribute("data-account");
        String accountName = account.findElement(By.tagName("th")).getText();
        BigDecimal before = available(accountId);

        browser.findElement(By.cssSelector("[data-test=record-pledge]")).click();
        waitFor(By.cssSelector("[data-test=pledge-form]"));
        new Select(browser.findElement(By.id("contributor-type"))).selectByVisibleText("Member state");
        new Select(browser.findElement(By.id("contributor-memberState"))).selectByValue("US");
        new Select(browser.findElement(By.id("accountId"))).selectByVisibleText(accountName);
        new Select(browser.findElement(By.id("modality"))).selectByVisibleText("Multilateral");
        type("pledged-amount", "-5000");
        browser.findElement(By.id("save-pledge")).click();

        WebElement summary = waitFor(By.cssSelector("[data-test=error-summary]"));
        String message = "Amount pledged: enter an amount of more than zero with at most two decimals, such as 150000.00";
        assertThat(summary.findElement(By.cssSelector("a[href='#pledged-amount']")).getText()).isEqualTo(message);
        assertThat(text(By.id("pledged-amount-error"))).endsWith(message);
        assertThat(browser.findElement(By.id("pledged-amount")).getAttribute("value")).isEqualTo("-5000");
        assertThat(new Select(browser.findElement(By.id("contributor-memberState"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("US");
        assertThat(new Select(browser.findElement(By.id("accountId"))).getFirstSelectedOption().getText())
                .isEqualTo(accountName);
        checkPage("funds-pledge-errors");

        type("pledged-amount", "120000.00");
        browser.findElement(By.id("save-pledge")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).isEqualTo("The pledge is recorded.");
        assertThat(text(By.cssSelector("[data-test=contribution-money]"))).contains("$120,000.00", accountName);

        browser.findElement(By.cssSelector("[data-test=record-receipt]")).click();
        waitFor(By.cssSelector("[data-test=receipt-form]"));
        assertThat(browser.findElement(By.id("amount-currency")).getAttribute("value")).isEqualTo("USD");
        type("amount-amount", "120000.00");
        type("receivedOn", LocalDate.now().plusYears(1).toString());
        browser.findElement(By.id("save-receipt")).click();
        assertThat(waitFor(By.cssSelector("[data-test=error-summary] a[href='#receivedOn']")).getText())
                .isEqualTo("Received on must not be in the future");
        assertThat(browser.findElement(By.id("amount-amount")).getAttribute("value")).isEqualTo("120000.00");
        checkPage("funds-receipt-errors");

        // two days ago is before the day of the pledge, wherever on Earth that day was
        type("receivedOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        browser.findElement(By.id("save-receipt")).click();
        assertThat(waitFor(By.cssSelector("[data-test=error-summary] a[href='#receivedOn']")).getText())
                .isEqualTo("The money cannot have been received before the day it was pledged.");
        assertThat(browser.findElement(By.id("amount-amount")).getAttribute("value")).isEqualTo("120000.00");

        type("receivedOn", LocalDate.now(ZoneOffset.UTC).toString());
        browser.findElement(By.id("save-receipt")).click();
        assertThat(waitFor(By.cssSelector("[data-test=notice]")).getText()).isEqualTo("The receipt is recorded.");

        // the books follow the receipt (a read model, a moment later)
        BigDecimal expected = before.add(new BigDecimal("120000.00"));
        open("/funds");
        waitUntil(b -> {
            if (available(accountId).compareTo(expected) == 0) {
                return true;
            }
            b.navigate().refresh();
            return false;
        });
        assertThat(all(By.cssSelector("[data-test=contribution-row]")).get(0).getText()).contains("United States",
                "$120,000.00");
    }

    @Test
    void anOfficerMayNotOpenTheFundsBooks() {
        signIn("officer-jm");
        assertThat(all(By.cssSelector(".main-nav a[href='/funds']"))).isEmpty();
        for (String path : new String[] {"/funds", "/funds/pledges/new"}) {
            open(path);
            assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).as(path)
                    .isEqualTo("You may not open this page");
        }
    }

    /** The account's available money as the books show it, read back from its formatted figure. */
    private BigDecimal available(String accountId) {
        String shown = browser.findElement(By.cssSelector("[data-test=account-row][data-account='" + accountId
                + "'] [data-test=available]")).getText();
        return new BigDecimal(shown.replaceAll("[^0-9.-]", ""));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
