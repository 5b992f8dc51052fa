package org.cooperaflow.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.app.api.Bodies.with;
import static org.cooperaflow.app.api.Bodies.without;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input is never a 500 and writes nothing: each case gets a 400 problem whose {@code errors}
 * names the field, and the event store holds no new event afterwards.
 */
class BadInputIT extends IntegrationTest {

    /** Broken before any field: the problem blames the body. */
    private static final String MALFORMED = "{,\"title\": \"Teacher training\"}";
    /** Broken inside a field: the problem names it. */
    private static final String TRUNCATED = "{\"title\": \"Teacher training\", \"sdgs\": [4,";
    private static final String HUGE = "x".repeat(200_000);
    /** The contribution that the receipt cases post to, pledged once for the class. */
    private static String contributionId;

    static Stream<Arguments> badRequests() {
        Map<String, Object> proposal = proposalBody("JM", "Teacher training in digital skills");
        Map<String, Object> request = Bodies.cooperationRequest("JM", "Digital skills for rural teachers");
        Map<String, Object> contribution = Bodies.contribution(
                Map.of("type", "MEMBER_STATE", "memberState", "US"), null, "500000.00", "USD");
        Map<String, Object> receipt = Bodies.receipt("1000.00", "CAD", LocalDate.now().toString(), "0.73");
        Map<String, Object> account = Bodies.account("Education window");
        String proposals = "/api/proposals";
        String requests = "/api/cooperation-requests";
        String contributions = "/api/contributions";
        String receipts = "/api/contributions/{contribution}/receipts";
        String accounts = "/api/accounts";
        return Stream.of(
                Arguments.of("proposal: malformed JSON", "officer-jm", proposals, MALFORMED, "body"),
                Arguments.of("proposal: truncated JSON", "officer-jm", proposals, TRUNCATED, "sdgs"),
                Arguments.of("proposal: unknown member state", "officer-jm", proposals,
                        with(proposal, "proposer.memberState", "XX"), "proposer.memberState"),
                Arguments.of("proposal: SDG 18", "officer-jm", proposals, with(proposal, "sdgs", List.of(4, 18)), "sdgs"),
                Arguments.of("proposal: negative amount", "officer-jm", proposals,
                        with(proposal, "requestedAmount.amount", "-5.00"), "requestedAmount.amount"),
                Arguments.of("proposal: three decimals", "officer-jm", proposals,
                        with(proposal, "requestedAmount.amount", "150000.005"), "requestedAmount.amount"),
                Arguments.of("proposal: 200,000-character title", "officer-jm", proposals,
                        with(proposal, "title", HUGE), "title"),
                Arguments.of("proposal: unknown modality", "officer-jm", proposals,
                        with(proposal, "modality", "TELEPATHY"), "modality"),
                Arguments.of("proposal: missing priority", "officer-jm", proposals, without(proposal, "priority"),
                        "priority"),

                Arguments.of("request: malformed JSON", "officer-jm", requests, MALFORMED, "body"),
                Arguments.of("request: unknown member state", "officer-jm", requests,
                        with(request, "memberState", "XX"), "memberState"),
                Arguments.of("request: SDG 18", "officer-jm", requests, with(request, "sdgs", List.of(18)), "sdgs"),
                Arguments.of("request: negative budget", "officer-jm", requests,
                        with(request, "estimatedBudget.amount", "-1.00"), "estimatedBudget.amount"),
                Arguments.of("request: three decimals", "officer-jm", requests,
                        with(request, "estimatedBudget.amount", "100.001"), "estimatedBudget.amount"),
                Arguments.of("request: 200,000-character title", "officer-jm", requests, with(request, "title", HUGE),
                        "title"),
                Arguments.of("request: unknown priority", "officer-jm", requests, with(request, "priority", "GOLF"),
                        "priority"),
                Arguments.of("request: missing title", "officer-jm", requests, without(request, "title"), "title"),

                Arguments.of("contribution: malformed JSON", "fund", contributions, MALFORMED, "body"),
                Arguments.of("contribution: unknown member state", "fund", contributions,
                        with(contribution, "contributor.memberState", "XX"), "contributor.memberState"),
                Arguments.of("contribution: unknown permanent observer", "fund", contributions,
                        with(contribution, "contributor", Map.of("type", "PERMANENT_OBSERVER", "country", "ZZ")),
                        "contributor.country"),
                Arguments.of("contribution: philanthropy without a name", "fund", contributions,
                        with(contribution, "contributor", Map.of("type", "PHILANTHROPIC")), "contributor.name"),
                Arguments.of("contribution: negative pledge", "fund", contributions,
                        with(contribution, "pledged.amount", "-1.00"), "pledged.amount"),
                Arguments.of("contribution: three decimals", "fund", contributions,
                        with(contribution, "pledged.amount", "1.001"), "pledged.amount"),
                Arguments.of("contribution: unknown currency", "fund", contributions,
                        with(contribution, "pledged.currency", "XYZ"), "pledged.currency"),
                Arguments.of("contribution: unknown kind", "fund", contributions, with(contribution, "kind", "GOLD"),
                        "kind"),
                Arguments.of("contribution: unknown contributor type", "fund", contributions,
                        with(contribution, "contributor.type", "ALIEN"), "contributor.type"),
                Arguments.of("contribution: missing modality", "fund", contributions, without(contribution, "modality"),
                        "modality"),

                Arguments.of("receipt: malformed JSON", "fund", receipts, MALFORMED, "body"),
                Arguments.of("receipt: negative amount", "fund", receipts, with(receipt, "amount.amount", "-1.00"),
                        "amount.amount"),
                Arguments.of("receipt: three decimals", "fund", receipts, with(receipt, "amount.amount", "1.001"),
                        "amount.amount"),
                Arguments.of("receipt: negative rate", "fund", receipts, with(receipt, "usdRate", "-0.73"), "usdRate"),
                Arguments.of("receipt: no such date", "fund", receipts, with(receipt, "receivedOn", "2026-13-45"),
                        "receivedOn"),
                Arguments.of("receipt: missing date", "fund", receipts, without(receipt, "receivedOn"), "receivedOn"),

                Arguments.of("account: malformed JSON", "fund", accounts, MALFORMED, "body"),
                Arguments.of("account: 200,000-character name", "fund", accounts, with(account, "name", HUGE), "name"),
                Arguments.of("account: unknown priority", "fund", accounts, with(account, "priorities", List.of("GOLF")),
                        "priorities"),
                Arguments.of("account: negative ceiling", "fund", accounts,
                        with(account, "projectCeiling.amount", "-1.00"), "projectCeiling.amount"),
                Arguments.of("account: three decimals", "fund", accounts,
                        with(account, "projectCeiling.amount", "1.001"), "projectCeiling.amount"),
                Arguments.of("account: missing ceiling", "fund", accounts, without(account, "projectCeiling"),
                        "projectCeiling"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesWithAProblemNamingTheFieldAndWritesNothing(String name, String user, String path, Object body,
                                                           String field) {
        String target = path.replace("{contribution}", contribution());
        awaitProcessorsCaughtUp();
        long eventsBefore = totalEvents();

        ApiClient.Response response = as(user).post(target, body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(problemFields(response.json())).as(response.text())
                .anyMatch(f -> f.equals(field) || f.startsWith(field + "[") || f.startsWith(field + "."));
        assertThat(totalEvents()).as("events in the store").isEqualTo(eventsBefore);
    }

    private String contribution() {
        if (contributionId == null) {
            ApiClient.Response pledged = as("fund").post("/api/contributions", Bodies.contribution(
                    Map.of("type", "MEMBER_STATE", "memberState", "CA"), null, "50000.00", "CAD"));
            assertThat(pledged.status()).as(pledged.text()).isEqualTo(201);
            contributionId = pledged.json().get("id").asText();
        }
        return contributionId;
    }
}
