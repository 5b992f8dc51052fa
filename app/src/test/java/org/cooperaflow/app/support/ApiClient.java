package org.cooperaflow.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Calls the HTTP API as one of the demo users, the way a client would. */
public class ApiClient {

    /** A response: status, content type, body (parsed when it is JSON) and headers. */
    public record Response(int status, String contentType, String text, JsonNode json, Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String user;

    public ApiClient(String baseUrl, String user) {
        this.baseUrl = baseUrl;
        this.user = user;
    }

    public ApiClient as(String otherUser) {
        return new ApiClient(baseUrl, otherUser);
    }

    /** A case's whole decision history ({@code GET /api/audit/{caseId}}), page after page, as one array. */
    public JsonNode decisionHistory(String caseId) {
        com.fasterxml.jackson.databind.node.ArrayNode all = MAPPER.createArrayNode();
        for (int page = 0; ; page++) {
            Response answer = get("/api/audit/" + caseId + "?size=500&page=" + page);
            if (answer.status() != 200) {
                throw new AssertionError("the decision history of " + caseId + ": " + answer);
            }
            answer.json().get("items").forEach(all::add);
            if (answer.json().get("items").isEmpty() || all.size() >= answer.json().get("total").asLong()) {
                return all;
            }
        }
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            String payload = body == null ? "" : body instanceof String s ? s : MAPPER.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .setHeader("Accept", "application/json, application/problem+json");
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::setHeader);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = contentType.contains("json") && !response.body().isEmpty()
                    ? MAPPER.readTree(response.body()) : null;
            return new Response(response.statusCode(), contentType, response.body(), json, response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
