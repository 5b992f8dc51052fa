package org.cooperaflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser signed in to the pages cannot be made to act on the API by another site (finding 4): the API takes no
 * session cookie, and the cookie itself is SameSite and, behind TLS, Secure.
 */
class CookieSessionIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Test
    void aSignedInBrowsersCookieAloneDoesNotReachTheApi() throws Exception {
        String proposalId = submittedProposal("Cross-site withdrawal");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signIn(browser, "officer-jm", "http");
        assertThat(signedIn.statusCode()).as("signed in").isIn(200, 302);

        for (String path : List.of("/api/proposals/" + proposalId + "/withdraw", "/api/proposals/" + proposalId + "/submit",
                "/api/admin/projections/proposals/reset")) {
            HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri(path))
                    .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(path + " with the session cookie only: " + forged.body()).isEqualTo(401);
        }
        assertThat(as("officer-jm").get("/api/proposals/" + proposalId).json().get("stage").asText())
                .as("the proposal was not withdrawn").isNotEqualTo("WITHDRAWN");
        assertThat(storedEvents(proposalId, "ProposalWithdrawnEvent")).isZero();
    }

    @Test
    void theSessionCookieIsSameSiteHttpOnlyAndSecureBehindTls() throws Exception {
        HttpResponse<String> plain = signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                "manager", "http");
        String cookie = sessionCookie(plain);
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        HttpResponse<String> behindTls = signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                "manager", "https");
        assertThat(sessionCookie(behindTls)).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
    }

    /** Signs in through the login form as a browser would: the form's CSRF token, then the credentials. */
    private HttpResponse<String> signIn(HttpClient browser, String user, String forwardedProto) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", forwardedProto).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the login form has a CSRF token: " + form.body()).isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String body = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", forwardedProto)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no session cookie in "
                        + response.headers().map()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
