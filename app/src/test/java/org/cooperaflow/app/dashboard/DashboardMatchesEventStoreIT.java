package org.cooperaflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cooperaflow.app.api.dashboard.StageDeadlines;
import org.cooperaflow.app.readmodels.SyntheticCases;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Must show 1: with 1,000+ generated proposals over every stage, every figure of the stage and
 * funding dashboards equals the figure a plain Java fold over all stored events gives.
 */
class DashboardMatchesEventStoreIT extends IntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    StageDeadlines deadlines;

    @Test
    void everyDashboardFigureEqualsTheFoldOverTheEventStore() {
        SyntheticCases cases = new SyntheticCases(20261, Instant.now()).generate(6, 60, 1_050, 0);
        assertThat(cases.proposalIds()).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(cases.finalStages()).as("the generated proposals stand in every stage")
                .containsAll(EnumSet.allOf(ProposalStage.class));
        long started = System.nanoTime();
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        System.out.printf("appended %d events and caught up in %d ms%n", cases.eventCount(),
                (System.nanoTime() - started) / 1_000_000);

        EventStoreFold fold = EventStoreFold.of(storageEngine.readEvents(null, false));
        assertThat(fold.proposals.keySet()).containsAll(cases.proposalIds());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ApiClient manager = as("manager");

        List<EventStoreFold.Filter> filters = List.of(
                new EventStoreFold.Filter(null, null, null, null, null),
                new EventStoreFold.Filter("JM", null, null, null, null),
                new EventStoreFold.Filter(null, "2.4", null, null, null),
                new EventStoreFold.Filter(null, null, 4, null, null),
                new EventStoreFold.Filter(null, null, null, cases.accountIds().get(0), null),
                new EventStoreFold.Filter(null, null, null, null, "EDUCATION"),
                new EventStoreFold.Filter("CO", "2.1", null, null, "EDUCATION"));
        for (EventStoreFold.Filter filter : filters) {
            ApiClient.Response response = manager.get("/api/dashboard/stages?at=" + at + query(filter));
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertStagesMatch(filter, response.json(), fold, at);
        }

        // the default view (now, no filter) is read from what the stage projection maintains: the same figures,
        // first read whole, then again after more cases, read as the changes since
        EventStoreFold.Filter none = filters.get(0);
        assertDefaultViewMatches(manager, none, fold);
        SyntheticCases more = new SyntheticCases(20262, Instant.now()).generate(1, 5, 120, 0);
        more.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        fold = EventStoreFold.of(storageEngine.readEvents(null, false));
        assertDefaultViewMatches(manager, none, fold);

        ApiClient.Response funding = manager.get("/api/dashboard/funding");
        assertThat(funding.status()).as(funding.text()).isEqualTo(200);
        Map<String, List<String>> byAccount = new TreeMap<>();
        for (JsonNode account : funding.json().get("accounts")) {
            byAccount.put(account.hasNonNull("accountId") ? account.get("accountId").asText() : "",
                    figures(account.get("figures")));
        }
        assertThat(byAccount).isEqualTo(fold.funding(true));
        Map<String, List<String>> byType = new TreeMap<>();
        for (JsonNode type : funding.json().get("contributorTypes")) {
            List<String> figures = figures(type.get("figures"));
            byType.put(type.get("contributorType").asText(), figures);
        }
        Map<String, List<String>> expectedByType = new TreeMap<>();
        fold.funding(false).forEach((type, figures) -> expectedByType.put(type, figures));
        assertThat(byType).isEqualTo(expectedByType);
        assertThat(funding.json().at("/total/gap").asText()).isNotEqualTo("0.00");
        assertThat(funding.json().at("/total/pledged").asText()).matches("\\d+\\.\\d{2}");

        assertThat(as("auditor").get("/api/dashboard/stages").status()).isEqualTo(403);
        assertThat(as("fund").get("/api/dashboard/funding").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/dashboard/funding").status()).isEqualTo(401);
        assertThat(as("admin").get("/api/dashboard/funding").status()).isEqualTo(200);
    }

    private void assertDefaultViewMatches(ApiClient manager, EventStoreFold.Filter none, EventStoreFold fold) {
        ApiClient.Response now = manager.get("/api/dashboard/stages");
        assertThat(now.status()).as(now.text()).isEqualTo(200);
        assertStagesMatch(none, now.json(), fold, Instant.parse(now.json().get("at").asText()));
    }

    private void assertStagesMatch(EventStoreFold.Filter filter, JsonNode dashboard, EventStoreFold fold, Instant at) {
        Map<String, Long> counts = fold.counts(filter);
        Map<String, List<Double>> current = fold.staySeconds(filter, at, true);
        Map<String, List<Double>> completed = fold.staySeconds(filter, at, false);
        assertThat(dashboard.get("proposals").asLong()).as("%s total", filter)
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        for (JsonNode stage : dashboard.get("stages")) {
            String name = stage.get("stage").asText();
            String what = filter + " " + name;
            assertThat(stage.get("count").asLong()).as(what + " count").isEqualTo(counts.getOrDefault(name, 0L));
            assertStays(what + " current", stage.get("current"), current.getOrDefault(name, List.of()));
            assertStays(what + " completed", stage.get("completed"), completed.getOrDefault(name, List.of()));
            Duration deadline = deadlines.asMap().get(ProposalStage.valueOf(name));
            if (deadline == null) {
                assertThat(stage.get("overdue")).as(what).isNull();
            } else {
                assertThat(stage.get("overdue").asLong()).as(what + " overdue")
                        .isEqualTo(fold.overdue(filter, ProposalStage.valueOf(name), at.minus(deadline)));
            }
        }
        Map<String, long[]> expected = fold.conversions(filter);
        Map<String, List<Object>> actual = new TreeMap<>();
        for (JsonNode c : dashboard.get("conversions")) {
            actual.put(c.get("from").asText() + ">" + c.get("to").asText(), List.of(c.get("entered").asLong(),
                    c.get("converted").asLong(), new java.math.BigDecimal(c.get("share").asText())));
        }
        Map<String, List<Object>> expectedRows = new TreeMap<>();
        expected.forEach((pair, n) -> expectedRows.put(pair, List.of(n[0], n[1],
                java.math.BigDecimal.valueOf(n[1]).divide(java.math.BigDecimal.valueOf(n[0]), 4,
                        java.math.RoundingMode.HALF_EVEN))));
        assertThat(actual).as(filter + " conversions").isEqualTo(expectedRows);
        if (filter.memberState() == null && filter.measure() == null) {
            assertThat(actual).as("conversions are computed").isNotEmpty();
        }
    }

    private static void assertStays(String what, JsonNode stays, List<Double> seconds) {
        assertThat(stays.get("count").asLong()).as(what + " stays").isEqualTo(seconds.size());
        if (seconds.isEmpty()) {
            assertThat(stays.get("medianDays")).as(what).isNull();
            return;
        }
        assertThat(stays.get("medianDays").asDouble()).as(what + " median")
                .isCloseTo(EventStoreFold.percentile(seconds, 0.5) / 86_400, within(0.0011));
        assertThat(stays.get("p90Days").asDouble()).as(what + " p90")
                .isCloseTo(EventStoreFold.percentile(seconds, 0.9) / 86_400, within(0.0011));
    }

    private static List<String> figures(JsonNode f) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("pledged", "received", "allocated", "available", "gap")) {
            values.add(f.get(field).asText());
        }
        for (String field : List.of("contributions", "pledgesWithoutUsdValue", "proposalsAwaitingFunds")) {
            values.add(String.valueOf(f.get(field).asLong()));
        }
        return values;
    }

    private static String query(EventStoreFold.Filter f) {
        StringBuilder q = new StringBuilder();
        if (f.memberState() != null) {
            q.append("&memberState=").append(f.memberState());
        }
        if (f.measure() != null) {
            q.append("&measure=").append(f.measure());
        }
        if (f.sdg() != null) {
            q.append("&sdg=").append(f.sdg());
        }
        if (f.account() != null) {
            q.append("&account=").append(f.account());
        }
        if (f.priority() != null) {
            q.append("&priority=").append(f.priority());
        }
        return q.toString();
    }
}
