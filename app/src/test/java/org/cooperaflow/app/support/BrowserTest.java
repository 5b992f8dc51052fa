package org.cooperaflow.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests ({@code *BrowserIT}): the running application (the shared context of
 * {@link IntegrationTest}) driven through Debian's headless Chromium, one browser per test class. Users sign in
 * through the login form as people do; {@link #checkPage(String)} screenshots a page, runs axe-core on it and looks
 * for missing message keys.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");

    protected static WebDriver browser;
    private static ChromeDriverService service;
    private static Path profile;

    @LocalServerPort
    private int serverPort;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("cooperaflow-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        // the browser asks for English unless a test switches the language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void startSignedOut() {
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + serverPort + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the login form, as the user would; lands on the inbox. */
    protected void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.cssSelector("[data-test=user]"));
        assertThat(text(By.cssSelector("[data-test=user]"))).isEqualTo(user);
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitFor(By.id("username"));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits for the condition; an element htmx swapped out while the condition read it is read again. */
    protected void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /**
     * Opens the signed-in user's task of the case with this title: the inbox filtered to the case (its tasks may be on
     * a later page of a full inbox), then the task's link.
     */
    protected void openTaskOf(String caseTitle) {
        By option = By.xpath("//select[@id='filter-case']/option[normalize-space()=" + xpathLiteral(caseTitle) + "]");
        open("/");
        waitUntil(b -> {
            if (b.findElements(option).isEmpty()) {
                b.navigate().refresh();
                return false;
            }
            return true;
        });
        open("/?case=" + browser.findElement(option).getAttribute("value"));
        waitFor(By.cssSelector("[data-test=task-link]")).click();
        waitFor(By.cssSelector("[data-test=task-form]"));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Presses Tab until the element with the id has the focus (at most {@code presses} times). */
    protected WebElement tabTo(String id, int presses) {
        for (int i = 0; i < presses; i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("no focus on #" + id + " after " + presses + " presses of Tab; focus is on "
                + browser.switchTo().activeElement().getAttribute("outerHTML"));
    }

    protected String text(By locator) {
        return browser.findElement(locator).getText();
    }

    protected List<WebElement> all(By locator) {
        return browser.findElements(locator);
    }

    /**
     * The page as it is now: its screenshot under {@code target/screenshots/<name>.png}, no missing message key
     * ({@code ??key??}), and no serious or critical accessibility violation found by axe-core.
     */
    protected void checkPage(String name) {
        screenshot(name);
        assertNoMissingKeys(name);
        assertAccessible(name);
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void assertNoMissingKeys(String name) {
        assertThat(browser.getPageSource()).as(name + ": a message key missing from the bundles").doesNotContain("??");
    }

    @SuppressWarnings("unchecked")
    protected void assertAccessible(String name) {
        assertThat(AXE).as("axe-core is installed by npm ci in app/ (mvn generate-test-resources)").exists();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                             + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<String>) result).as(name + ": serious or critical accessibility violations").isEmpty();
    }
}
