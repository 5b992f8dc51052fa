package org.cooperaflow.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens of an identity provider, as a deployment configures one: a key pair made here, its public half
 * served as a JWK set, and the issuer. Its own context (the other tests have no identity provider), closed after
 * the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cooperaflow.data-dir=",
        "cooperaflow.demo-data.enabled=false",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + BearerTokenIT.ISSUER,
        "cooperaflow.security.jwt.roles-claim=realm_access.roles",
        // Camunda keeps its engines, and its webapps their set-up, in static registries that the other
        // tests' context uses too: an engine of another name, and no webapps
        "camunda.bpm.process-engine-name=bearertokens",
        "camunda.bpm.webapp.enabled=false"
})
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BearerTokenIT {

    static final String ISSUER = "https://id.example.org/realms/oas";

    private static final RSAKey KEY = newKey("agency-key");
    private static final HttpServer JWKS = serve(new JWKSet(KEY.toPublicJWK()).toString());

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://localhost:" + JWKS.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stopIdentityProvider() {
        JWKS.stop(0);
    }

    @Test
    void aValidTokenSignsTheUserInWithTheRolesAndStateOfItsClaims() throws Exception {
        String token = token(KEY, claims().build());

        HttpResponse<String> drafted = call("POST", "/api/cooperation-requests", token,
                "{\"memberState\": \"JM\", \"title\": \"Drafted with a bearer token\"}");

        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = json.readTree(drafted.body()).get("id").asText();
        JsonNode history = new ApiClient("http://localhost:" + port, "auditor").decisionHistory(id);
        assertThat(history.get(0).get("type").asText()).endsWith("CooperationRequestDraftedEvent");
        assertThat(history.get(0).get("actor").asText()).as("the event names the token's user")
                .isEqualTo("maria.campbell");

        HttpResponse<String> otherState = call("POST", "/api/cooperation-requests", token,
                "{\"memberState\": \"CO\", \"title\": \"Not my state\"}");
        assertThat(otherState.statusCode()).as("an officer of JM files for JM only").isEqualTo(403);
        assertThat(call("GET", "/api/dashboard/stages", token, null).statusCode())
                .as("not a manager").isEqualTo(403);
    }

    @Test
    void expiredWrongIssuerWrongSignatureAndMissingClaimsAreRefusedWithAProblem() throws Exception {
        Instant now = Instant.now();
        Map<String, String> refused = Map.of(
                "expired", token(KEY, claims().issueTime(Date.from(now.minusSeconds(7200)))
                        .expirationTime(Date.from(now.minusSeconds(3600))).build()),
                "wrong issuer", token(KEY, claims().issuer("https://elsewhere.example.org").build()),
                "wrong signature", token(newKey("agency-key"), claims().build()),
                "no user name", token(KEY, claims().claim("preferred_username", null).build()),
                "no role of ours", token(KEY, claims().claim("realm_access", Map.of("roles",
                        List.of("offline_access"))).build()),
                "officer without a state", token(KEY, claims().claim("member_state", null).build()),
                "unknown state", token(KEY, claims().claim("member_state", "XX").build()),
                "not a token", "not-a-token");
        for (Map.Entry<String, String> entry : refused.entrySet()) {
            HttpResponse<String> answer = call("GET", "/api/proposals", entry.getValue(), null);
            assertThat(answer.statusCode()).as(entry.getKey() + ": " + answer.body()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(entry.getKey())
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(entry.getKey()).isEqualTo(401);
            assertThat(problem.get("detail").asText()).as(entry.getKey()).startsWith("The bearer token was refused");
        }
    }

    @Test
    void theApiDocumentOffersBearerTokensBesideBasic() {
        JsonNode document = new ApiClient("http://localhost:" + port, null).get("/v3/api-docs").json();
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
        List<String> requirements = new java.util.ArrayList<>();
        document.get("security").forEach(r -> r.fieldNames().forEachRemaining(requirements::add));
        assertThat(requirements).containsExactly("basicAuth", "bearerAuth");
    }

    @Test
    void httpBasicStillWorksBesideTokens() {
        ApiClient.Response answer = new ApiClient("http://localhost:" + port, "manager").get("/api/dashboard/stages");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("0f4c2a9e").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).claim("preferred_username", "maria.campbell")
                .claim("realm_access", Map.of("roles", List.of("member-state", "offline_access")))
                .claim("member_state", "JM");
    }

    private static String token(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/certs", exchange -> {
                byte[] bytes = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
