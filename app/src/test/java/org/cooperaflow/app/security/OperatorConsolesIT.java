package org.cooperaflow.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda's REST API and webapps (Cockpit, Tasklist, Admin) are for admin only. */
class OperatorConsolesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void camundaRestApiAnswersOnlyTheAdmin() {
        ApiClient.Response admin = as("admin").get("/engine-rest/process-definition/count");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("count").asInt()).isGreaterThanOrEqualTo(3);

        assertThat(as("secretariat").get("/engine-rest/process-definition/count").status()).isEqualTo(403);
        assertThat(anonymous().get("/engine-rest/process-definition/count").status()).isEqualTo(401);
    }

    @Test
    void cockpitOpensForTheAdminSignedInThroughTheLoginPage() throws Exception {
        HttpClient admin = signedIn("admin");
        HttpResponse<String> cockpit = get(admin, "/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        HttpResponse<String> user = get(admin, "/camunda/api/admin/auth/user/default");
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void cockpitIsRefusedToOtherUsers() throws Exception {
        HttpClient officer = signedIn("officer-jm");
        assertThat(get(officer, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(get(officer, "/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
                .isEqualTo(403);
    }

    @Test
    void camundaGroupsMirrorTheRoles() {
        ApiClient.Response board = as("admin").get("/engine-rest/user?memberOfGroup=board");
        assertThat(board.json().findValues("id").stream().map(n -> n.asText()))
                .containsExactlyInAnyOrder("board1", "board2", "board3", "board4", "chair");
    }

    private HttpClient signedIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(client, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
