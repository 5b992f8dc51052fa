package org.cooperaflow.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperaflow.app.support.RunningJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one database, as {@code docker/compose.yaml} runs them: the pages' session lives in PostgreSQL, so
 * a user signed in on one node is signed in on the other, and stays so when the first is killed.
 */
class SessionsAcrossNodesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern USER = Pattern.compile("data-test=\"user\"[^>]*>([^<]+)<");

    @TempDir
    Path dataDir;

    @Test
    void aUserSignedInOnOneNodeIsSignedInOnTheOtherAndStaysSoWhenTheFirstIsKilled() throws Exception {
        try (RunningJar first = new RunningJar("node-a", Map.of("COOPERAFLOW_DATA_DIR", dataDir.toString()))) {
            first.start(Duration.ofSeconds(150));
            try (RunningJar second = RunningJar.secondNodeOn(dataDir, "node-b")) {
                second.start(Duration.ofSeconds(150));
                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();

                signIn(browser, first.baseUrl(), "manager");
                assertThat(signedInAs(browser, first.baseUrl())).isEqualTo("manager");
                assertThat(signedInAs(browser, second.baseUrl())).as("the other node knows the session")
                        .isEqualTo("manager");

                first.kill();
                assertThat(signedInAs(browser, second.baseUrl())).as("still signed in when the first node is gone")
                        .isEqualTo("manager");
                second.terminate(Duration.ofSeconds(45));
            } finally {
                // a killed first node left its PostgreSQL running: a start on its folder stops that one; SIGTERM
                // stops the node and its server
                if (!first.isAlive()) {
                    first.start(Duration.ofSeconds(150));
                }
                first.terminate(Duration.ofSeconds(45));
            }
        }
    }

    private static void signIn(HttpClient browser, String base, String user) throws Exception {
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).as("the login form has its CSRF token").isTrue();
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** Whom the inbox greets, or the address the browser is sent to when it is not signed in. */
    private static String signedInAs(HttpClient browser, String base) throws Exception {
        HttpResponse<String> inbox = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (inbox.statusCode() != 200) {
            return inbox.statusCode() + " " + inbox.headers().firstValue("Location").orElse("");
        }
        Matcher user = USER.matcher(inbox.body());
        return user.find() ? user.group(1).trim() : "no user on the page";
    }
}
