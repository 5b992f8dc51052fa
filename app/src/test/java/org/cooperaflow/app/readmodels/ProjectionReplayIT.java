package org.cooperaflow.app.readmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.projections.alignment.AlignmentReportQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Must show 2: resetting and replaying each projection through the admin endpoint gives identical
 * tables. Also: the lag gauge, the public catalog, the alignment report and the list filters.
 */
class ProjectionReplayIT extends IntegrationTest {

    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("proposals", List.of("proposal_list", "proposal_list_measure",
                "proposal_list_sdg"));
        TABLES.put("stages", List.of("stage_case", "stage_case_measure", "stage_case_sdg", "stage_stay",
                "stage_figure"));
        TABLES.put("funding", List.of("funding_contribution", "funding_proposal", "funding_account"));
        TABLES.put("catalog", List.of("catalog_need", "catalog_need_sdg"));
        TABLES.put("offers", List.of("offer_catalog", "offer_catalog_sdg", "offer_catalog_measure",
                "offer_catalog_language"));
        TABLES.put("alignment", List.of("alignment_proposal", "alignment_proposal_measure", "alignment_proposal_sdg",
                "alignment_account_priority", "alignment_figure"));
        TABLES.put("iati", List.of("iati_activity", "iati_activity_partner", "iati_activity_sdg",
                "iati_activity_indicator", "iati_transaction", "iati_report", "iati_report_value", "iati_contribution",
                "iati_receipt"));
        TABLES.put("audit-chain", List.of("audit_chain"));
    }

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    AlignmentReportQuery alignment;

    @Test
    void resettingEachProjectionReplaysItToIdenticalTables() {
        SyntheticCases cases = new SyntheticCases(777, Instant.now()).generate(3, 15, 150, 12);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        ApiClient admin = as("admin");
        for (Map.Entry<String, List<String>> processor : TABLES.entrySet()) {
            Map<String, List<String>> before = snapshot(processor.getValue());
            before.forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
            ApiClient.Response reset = admin.post("/api/admin/projections/" + processor.getKey() + "/reset", null);
            assertThat(reset.status()).as(reset.text()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(90)).alias(processor.getKey() + " replayed")
                    .until(() -> snapshot(processor.getValue()), before::equals);
            SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
            assertThat(snapshot(processor.getValue())).isEqualTo(before);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> lag(admin, "stages"), lag -> lag == 0.0);
        assertThat(lag(admin, "audit-chain")).isZero();

        assertThat(as("manager").post("/api/admin/projections/stages/reset", null).status()).isEqualTo(403);
        assertThat(admin.post("/api/admin/projections/no-such-processor/reset", null).status()).isEqualTo(404);
        // the workflow processor is no read model: a replay of it would rebuild nothing (ADR 0004)
        ApiClient.Response workflow = admin.post("/api/admin/projections/workflow/reset", null);
        assertThat(workflow.status()).isEqualTo(404);
        assertThat(workflow.text()).contains("the read models are").doesNotContain("workflow,");
        assertThat(as("manager").get("/actuator/metrics/cooperaflow.projection.lag").status()).isEqualTo(403);
    }

    @Test
    void theCatalogListsPublishedNeedsToAnyoneFilteredAndPaged() {
        SyntheticCases cases = new SyntheticCases(31, Instant.now()).generate(1, 1, 1, 20);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        ApiClient.Response all = anonymous().get("/api/catalog/needs?size=5");
        assertThat(all.status()).as(all.text()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(all.json().get("items")).hasSize(5);
        assertThat(all.json().get("size").asInt()).isEqualTo(5);
        JsonNode first = all.json().get("items").get(0);
        String state = first.get("memberState").asText();
        int sdg = first.get("sdgs").get(0).asInt();
        Long expected = jdbc.queryForObject("SELECT count(*) FROM domainevententry e WHERE e.payloadType LIKE"
                + " '%.CooperationRequestPublishedEvent' AND EXISTS (SELECT 1 FROM domainevententry d WHERE"
                + " d.aggregateIdentifier = e.aggregateIdentifier AND d.sequenceNumber = 0 AND"
                + " convert_from(d.payload, 'UTF8')::jsonb #>> '{details,memberState}' = ?)", Long.class, state);
        JsonNode byState = anonymous().get("/api/catalog/needs?memberState=" + state + "&size=500").json();
        assertThat(byState.get("total").asLong()).isEqualTo(expected);
        assertThat(byState.get("items").findValuesAsText("memberState")).containsOnly(state);
        JsonNode bySdg = anonymous().get("/api/catalog/needs?sdg=" + sdg + "&size=500").json();
        bySdg.get("items").forEach(need -> assertThat(need.get("sdgs").toString()).contains(String.valueOf(sdg)));
        assertThat(anonymous().get("/api/catalog/needs?memberState=XX").status()).isEqualTo(400);
    }

    @Test
    void theAlignmentReportCountsTheProposalsFirstSubmittedInTheYear() {
        SyntheticCases cases = new SyntheticCases(99, Instant.now()).generate(2, 6, 80, 0);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        Set<String> seen = new HashSet<>();
        long[] inYear = new long[1];
        storageEngine.readEvents(null, false).forEach(m -> {
            if (m.getPayload() instanceof ProposalSubmittedEvent s && seen.add(s.proposalId())
                    && m.getTimestamp().atZone(ZoneOffset.UTC).getYear() == year) {
                inYear[0]++;
            }
        });
        ApiClient.Response report = as("manager").get("/api/reports/alignment?year=" + year);
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        JsonNode json = report.json();
        assertThat(json.at("/total/proposals").asLong()).isEqualTo(inYear[0]);
        assertThat(json.at("/aligned/proposals").asLong()).isBetween(1L, inYear[0]);
        assertThat(json.get("byMeasure")).isNotEmpty();
        assertThat(json.get("bySdg")).isNotEmpty();
        assertThat(json.at("/total/requestedUsd").asText()).matches("\\d+\\.\\d{2}");
        // the figures kept as the proposals change equal the report computed from the proposals' rows
        for (int y : List.of(year - 1, year)) {
            for (AlignmentReportQuery.Basis basis : AlignmentReportQuery.Basis.values()) {
                assertThat(alignment.compute(y, basis)).as(y + " " + basis).isEqualTo(alignment.recompute(y, basis));
            }
        }
        assertThat(alignment.compute(year - 1, AlignmentReportQuery.Basis.APPROVED).total().proposals()
                + alignment.compute(year, AlignmentReportQuery.Basis.APPROVED).total().proposals()).isPositive();
        assertThat(as("auditor").get("/api/reports/alignment?year=" + year).status()).isEqualTo(403);
        assertThat(as("manager").get("/api/reports/alignment").status()).isEqualTo(400);

        JsonNode page = as("manager").get("/api/proposals?measure=2.4&sdg=4&size=3").json();
        assertThat(page.get("size").asInt()).isEqualTo(3);
        assertThat(page.get("total").asLong()).isPositive();
        for (JsonNode item : page.get("items")) {
            JsonNode proposal = as("manager").get("/api/proposals/" + item.get("id").asText()).json();
            assertThat(proposal.get("measures").toString()).contains("2.4");
            assertThat(proposal.get("sdgs").toString()).contains("4");
        }
        JsonNode education = as("manager").get("/api/proposals?priority=EDUCATION&size=500").json();
        assertThat(education.get("items").findValuesAsText("priority")).isNotEmpty().containsOnly("EDUCATION");
    }

    private Map<String, List<String>> snapshot(List<String> tables) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            // a stay's change numbers say in which batch it was written (ADR 0018), not what it holds
            rows.put(table, jdbc.queryForList("SELECT (to_jsonb(t) - 'opened_in' - 'changed_in')::text FROM " + table
                    + " t ORDER BY 1", String.class));
        }
        return rows;
    }

    private static double lag(ApiClient admin, String processor) {
        ApiClient.Response metric = admin.get("/actuator/metrics/cooperaflow.projection.lag?tag=processor:" + processor);
        assertThat(metric.status()).as(metric.text()).isEqualTo(200);
        return metric.json().get("measurements").get(0).get("value").asDouble();
    }
}
