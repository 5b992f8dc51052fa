package org.cooperaflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.LogCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Paths written in a roundabout way (finding 9) are refused with 400 before anything routes them, logged in one
 * line without a stack trace, and the answer names no internal path or class.
 */
class MalformedPathsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/%65ngine-rest/user", "/engine-rest;a=b/user", "/api/../engine-rest/user",
            "/camunda;x/api/admin/auth/user/default", "/api/./proposals", "/api//proposals", "/%2e%2e/engine-rest/user",
            "/api/proposals;jsessionid=x"})
    void isRefusedWithABadRequestLoggedOnceWithoutAStackTrace(String path) throws Exception {
        List<String> warnings;
        String response;
        try (LogCapture log = new LogCapture()) {
            response = rawGet(path);
            warnings = log.atLeast(Level.WARN);
            assertThat(log.withStackTraces()).as("no stack trace").isEmpty();
        }
        assertThat(response).as(response).startsWith("HTTP/1.1 400");
        assertThat(response).doesNotContain("contextPath", "Exception", "org.", "Tomcat/");
        if (!response.contains("Content-Type: text/html")) {
            // the servlet container refuses some paths itself, before the application sees them
            assertThat(response).contains("application/problem+json");
        }
        assertThat(warnings).as("one line for the refusal").hasSizeLessThanOrEqualTo(1);
    }

    /** Sends the path exactly as written (as {@code curl --path-as-is}); no client library normalises it. */
    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder text = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    text.append(line).append('\n');
                }
            }
            return text.toString();
        }
    }
}
