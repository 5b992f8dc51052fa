package org.cooperaflow.app.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as a client reads it, linted by an outside linter with its recommended rules. */
class OpenApiDocumentIT extends IntegrationTest {

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        ApiClient.Response answer = anonymous().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        Path document = Path.of("target", "openapi", "cooperaflow.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, answer.text(), StandardCharsets.UTF_8);

        JsonNode api = answer.json();
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes").has("bearerAuth"))
                .as("bearer tokens only when an identity provider is configured").isFalse();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode it = operation.getValue();
            assertThat(it.path("summary").asText()).as(name).isNotBlank();
            assertThat(it.path("description").asText()).as(name).contains("Who may call: ");
            assertThat(it.get("x-roles")).as(name).isNotEmpty();
            List<String> statuses = new ArrayList<>();
            it.get("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as(name).anyMatch(s -> s.startsWith("2"));
            boolean refusable = it.has("parameters") || it.has("requestBody") || !it.get("x-roles").get(0).asText()
                    .equals("anonymous");
            if (refusable) {
                assertThat(statuses).as(name + ": its refusals").anyMatch(s -> s.startsWith("4"));
            }
            it.get("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                            .as(name + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(api.at("/paths/~1api~1catalog~1needs/get/security").get(0)).as("the catalog is public")
                .isEmpty();
        assertThat(api.at("/paths/~1api~1proposals/post/responses").has("201")).isTrue();
        // each list names its own items: types of the same simple name do not share one schema
        assertThat(itemProperties(api, "/api/catalog/offers")).contains("offererType", "places");
        assertThat(itemProperties(api, "/api/catalog/needs")).contains("memberState").doesNotContain("offererType");
        assertThat(itemProperties(api, "/api/accounts")).contains("name").doesNotContain("proposerMemberState");
        assertThat(itemProperties(api, "/api/proposals")).contains("proposerMemberState");
        assertThat(api.at("/components/schemas/FundingDashboardFigures/properties").has("pledged")).isTrue();
        assertThat(api.at("/components/schemas/AlignmentReportFigures/properties").has("approvedUsd")).isTrue();
        assertThat(api.at("/paths/~1api~1proposals~1{id}/get/responses/200/content").has("application/json"))
                .as("JSON, not */*").isTrue();
        assertThat(api.at("/paths/~1api~1export~1iati/get/responses").has("204")).isTrue();
        // decimals travel as strings, dates as ISO 8601
        assertThat(api.at("/components/schemas/MoneyBody/properties/amount/type").asText()).isEqualTo("string");
        assertThat(api.at("/components/schemas/MoneyBody/properties/amount/format").asText()).isEqualTo("decimal");
        assertThat(api.at("/components/schemas/ReceiptBody/properties/receivedOn/format").asText()).isEqualTo("date");
        assertThat(api.at("/components/schemas/ContributionCaseReceipt/properties/recordedAt/format").asText()).isEqualTo("date-time");

        Lint lint = redoclyLint(document);
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    /** The property names of the items of a list endpoint's answer (a page of {@code items}). */
    private static List<String> itemProperties(JsonNode api, String path) {
        String page = api.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content/application~1json/schema/$ref")
                .asText().replace("#/components/schemas/", "");
        String item = api.at("/components/schemas/" + page + "/properties/items/items/$ref").asText()
                .replace("#/components/schemas/", "");
        List<String> names = new ArrayList<>();
        api.at("/components/schemas/" + item + "/properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    record Lint(int exitCode, String output) {
    }

    /** Runs {@code redocly lint} (pinned in package.json) on the document, with the recommended rules. */
    static Lint redoclyLint(Path document) throws IOException, InterruptedException {
        Path redocly = Path.of("node_modules", ".bin", "redocly");
        assertThat(redocly).as("redocly is installed by the build's npm ci").exists();
        ProcessBuilder builder = new ProcessBuilder(redocly.toString(), "lint", "--extends", "recommended",
                "--format", "stylish", document.toString()).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("redocly lint ends").isTrue();
        return new Lint(process.exitValue(), output);
    }
}
