package org.cooperaflow.app.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.cooperaflow.workflows.request.CooperationRequestProcess;
import org.junit.jupiter.api.Test;

/**
 * The largest values the API takes (money with fifteen digits, indicator values with every digit, the longest
 * texts in four scripts and emoji, every SDG) through a whole lifecycle, and every read model and view reading
 * them: nothing the door lets in stops a processor or fails a page.
 */
class ExtremeValuesIT extends IntegrationTest {

    private static final String LARGEST = "999999999999999.99";
    private static final String LONG_TITLE = fill("Formação digital — 教师培训 — تدريب — 🎓 ", 300);

    @Test
    void theLargestValuesTheApiTakesFlowThroughEveryReadModel() {
        ApiClient fund = as("fund");
        String accountId = created(fund.post("/api/accounts", Map.of("name", fill("Ventanilla de educación 🌎 ", 200),
                "priorities", List.of("EDUCATION"), "projectCeiling", usd(LARGEST))));
        String largest = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "MEMBER_STATE", "memberState", "US"), "accountId", accountId,
                "modality", "MULTILATERAL", "kind", "CASH", "pledged", usd(LARGEST))));
        awaitTask("fund", largest, ContributionProcess.Elements.TASK_CONFIRM_RECEIPT);
        ok(fund.post("/api/contributions/" + largest + "/receipts", Map.of("amount", usd(LARGEST),
                "receivedOn", LocalDate.now().toString())));
        String tinyRate = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "PRIVATE_SECTOR", "name", fill("Empresa 🏭 ", 300)),
                "modality", "MULTILATERAL", "kind", "IN_KIND", "pledged", Map.of("amount", LARGEST, "currency", "CAD"))));
        ok(fund.post("/api/contributions/" + tinyRate + "/receipts", Map.of(
                "amount", Map.of("amount", LARGEST, "currency", "CAD"), "receivedOn", LocalDate.now().toString(),
                "usdRate", "0.0000000001")));
        String yen = created(fund.post("/api/contributions", Map.of(
                "contributor", Map.of("type", "PERMANENT_OBSERVER", "country", "JP"),
                "modality", "MULTILATERAL", "kind", "CASH", "pledged", Map.of("amount", "999999999999999", "currency", "JPY"))));

        String needId = publishedNeed();

        Map<String, Object> body = new HashMap<>(proposalBody("JM", LONG_TITLE));
        body.put("summary", fill("Resumo em português, resumen en español, résumé en français. 📚 ", 20_000));
        body.put("accountId", accountId);
        body.put("requestedAmount", usd(LARGEST));
        body.put("coFinancing", usd(LARGEST));
        body.put("durationMonths", 120);
        body.put("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        body.put("measures", List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "4.3",
                "4.4", "5.1", "5.2", "5.3"));
        body.put("cooperationRequestIds", List.of(needId));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            indicators.add(Map.of("name", "Indicador " + i + " — " + fill("ñ", 280), "unit", fill("unité", 60),
                    "baseline", "-999999999999999.999999", "target", "999999999999999.999999"));
        }
        body.put("indicators", indicators);
        // the eligibility rules find the largest values out of bounds; the officer overrides them, with a reason
        String proposalId = approvedProposal(body, Map.of("justification", fill("Justificación ✔ ", 10_000)));

        noContent(completeTask("fund", awaitTask("fund", proposalId, Elements.TASK_ALLOCATE_FUNDS), "ALLOCATE",
                Map.of("allocations", List.of(Map.of("contributionId", largest, "amount", usd(LARGEST))))));
        noContent(completeTask("officer-jm", awaitTask("officer-jm", proposalId, Elements.TASK_CONFIRM_START), "START",
                Map.of("startDate", "2199-12-31")));
        List<Map<String, Object>> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            values.add(Map.of("name", indicators.get(i).get("name"), "value", i % 2 == 0 ? "999999999999999.999999"
                    : "-0.000001"));
        }
        noContent(completeTask("officer-jm", awaitTask("officer-jm", proposalId, Elements.TASK_SUBMIT_PROGRESS_REPORT),
                "SUBMIT", Map.of("period", fill("Q", 50), "expenditure", usd(LARGEST), "indicators", values,
                        "final", true)));
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId, Elements.TASK_REVIEW_PROGRESS_REPORT),
                "ACCEPT", Map.of()));
        noContent(completeTask("secretariat", awaitTask("secretariat", proposalId, Elements.TASK_FINAL_EVALUATION),
                "COMPLETE", Map.of("ratings", Map.of("RELEVANCE", 6, "COHERENCE", 1, "EFFECTIVENESS", 6, "EFFICIENCY", 1,
                        "IMPACT", 6, "SUSTAINABILITY", 1))));
        awaitStage(proposalId, "CLOSED");
        awaitProcessorsCaughtUp();

        StreamingProcessors.all(eventProcessing).values()
                .forEach(p -> assertThat(p.processingStatus().values()).as(p.getName())
                        .noneMatch(status -> status.isErrorState()));
        JsonNode proposal = read("officer-jm", "/api/proposals/" + proposalId);
        assertThat(proposal.get("title").asText()).isEqualTo(LONG_TITLE);
        assertThat(proposal.at("/requestedAmount/amount").asText()).isEqualTo(LARGEST);
        assertThat(proposal.at("/indicators/0/target").asText()).isEqualTo("999999999999999.999999");
        for (String path : List.of("/api/proposals?memberState=JM&sdg=17&measure=5.3&priority=EDUCATION",
                "/api/dashboard/stages", "/api/dashboard/stages?sdg=17&account=" + accountId, "/api/dashboard/funding",
                "/api/reports/alignment?year=" + Year.now().getValue(),
                "/api/reports/alignment?basis=APPROVED&year=" + Year.now().getValue(),
                "/api/catalog/needs?sdg=17", "/api/audit/" + proposalId, "/api/audit/verify",
                "/api/contributions/" + largest, "/api/contributions/" + tinyRate, "/api/contributions/" + yen,
                "/api/accounts", "/api/cooperation-requests/" + needId)) {
            read(userFor(path), path);
        }
        assertThat(read("auditor", "/api/audit/verify").get("valid").asBoolean()).isTrue();
        ApiClient.Response csv = as("auditor").send("GET", "/api/audit/" + proposalId, null, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains(LONG_TITLE.substring(0, 20));
    }

    private String publishedNeed() {
        ApiClient officer = as("officer-jm");
        Map<String, Object> need = new HashMap<>(org.cooperaflow.app.api.Bodies.cooperationRequest("JM", fill("Necesidad 🧭 ", 300)));
        need.put("estimatedBudget", usd(LARGEST));
        need.put("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        String needId = created(officer.post("/api/cooperation-requests", need));
        ok(officer.post("/api/cooperation-requests/" + needId + "/submit", null));
        noContent(completeTask("secretariat", awaitTask("secretariat", needId,
                CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED), "PUBLISH", Map.of()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                "PUBLISHED".equals(as("officer-jm").get("/api/cooperation-requests/" + needId).json().get("stage").asText()));
        return needId;
    }

    private static String userFor(String path) {
        if (path.startsWith("/api/audit")) {
            return "auditor";
        }
        if (path.startsWith("/api/contributions") || path.startsWith("/api/accounts")) {
            return "fund";
        }
        return "manager";
    }

    private JsonNode read(String user, String path) {
        ApiClient.Response response = as(user).get(path);
        assertThat(response.status()).as(user + " " + path + ": " + response.text()).isEqualTo(200);
        return response.json();
    }

    /** The text repeated up to exactly {@code length} characters (never splitting a surrogate pair). */
    private static String fill(String text, int length) {
        StringBuilder filled = new StringBuilder();
        while (filled.length() < length) {
            filled.append(text);
        }
        int end = length;
        if (Character.isHighSurrogate(filled.charAt(end - 1))) {
            end--;
        }
        return filled.substring(0, end);
    }
}
