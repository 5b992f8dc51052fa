package org.cooperaflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile on an empty database: the application starts with a living agency, and a
 * manager, an auditor and an officer find what they would look for. Its own context (the other
 * tests run without demo data, they count events), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cooperaflow.data-dir=",
        "cooperaflow.demo-data.enabled=true",
        // Camunda keeps its engines, and its webapps their set-up, in static registries that the other
        // tests' context uses too: an engine of another name, and no webapps (Cockpit, Tasklist, Admin)
        "camunda.bpm.process-engine-name=demodata",
        "camunda.bpm.webapp.enabled=false"
})
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataIT {

    /** The stages the demo agency shows on the stage dashboard (drafts are not on it; SUBMITTED lasts a moment). */
    private static final List<String> DASHBOARD_STAGES = List.of("SCREENING", "ELIGIBILITY", "BOARD_REVIEW",
            "APPROVED", "FUNDED", "IN_EXECUTION", "FINAL_EVALUATION", "CLOSED", "REJECTED", "INELIGIBLE", "WITHDRAWN",
            "RETURNED_FOR_REVISION");

    @LocalServerPort
    private int port;

    @Autowired
    private DemoData demoData;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient as(String user) {
        return new ApiClient("http://localhost:" + port, user);
    }

    @Test
    void theStageDashboardShowsEveryStageAsTheScenarioLeftIt() {
        JsonNode dashboard = json(as("manager").get("/api/dashboard/stages"));
        Map<String, Long> counts = new HashMap<>();
        long overdue = 0;
        for (JsonNode stage : dashboard.get("stages")) {
            counts.put(stage.get("stage").asText(), stage.get("count").asLong());
            overdue += stage.path("overdue").asLong(0);
        }

        assertThat(DASHBOARD_STAGES).allSatisfy(stage -> assertThat(counts.get(stage)).as(stage).isPositive());
        assertThat(counts).containsAllEntriesOf(declaredStages());
        assertThat(overdue).as("overdue cases").isPositive();
        assertThat(json(as("officer-jm").get("/api/proposals?stage=DRAFT")).get("total").asLong())
                .as("Jamaica's drafts").isPositive();
    }

    @Test
    void someBoardReviewsHaveOnlyPartOfTheirVotes() {
        JsonNode underReview = json(as("manager").get("/api/proposals?stage=BOARD_REVIEW")).get("items");
        List<JsonNode> partlyVoted = new ArrayList<>();
        for (JsonNode item : underReview) {
            JsonNode proposal = json(as("manager").get("/api/proposals/" + item.get("id").asText()));
            boolean reviewsOpen = false;
            for (JsonNode task : proposal.get("openTasks")) {
                reviewsOpen |= task.get("taskDefinitionKey").asText().equals(Elements.TASK_REVIEW_PROPOSAL);
            }
            if (reviewsOpen && !proposal.path("votes").isEmpty()) {
                partlyVoted.add(proposal);
            }
        }

        assertThat(partlyVoted).isNotEmpty();
    }

    @Test
    void theFundingDashboardHasMoneyFromEveryKindOfContributor() {
        JsonNode funding = json(as("manager").get("/api/dashboard/funding"));
        JsonNode total = funding.get("total");
        Set<String> contributorTypes = new HashSet<>();
        funding.get("contributorTypes").forEach(type -> {
            if (type.get("figures").get("contributions").asLong() > 0) {
                contributorTypes.add(type.get("contributorType").asText());
            }
        });

        assertThat(new BigDecimal(total.get("pledged").asText())).isPositive();
        assertThat(new BigDecimal(total.get("received").asText())).isPositive();
        assertThat(new BigDecimal(total.get("allocated").asText())).isPositive();
        assertThat(total.get("pledgesWithoutUsdValue").asLong()).as("a pledge in euros, nothing received yet").isPositive();
        assertThat(contributorTypes).containsExactlyInAnyOrder("MEMBER_STATE", "PERMANENT_OBSERVER", "PRIVATE_SECTOR",
                "PHILANTHROPIC", "DFI");
    }

    @Test
    void theNeedsCatalogIsPublic() {
        JsonNode catalog = json(as(null).get("/api/catalog/needs?size=100"));
        Set<String> stages = new HashSet<>();
        catalog.get("items").forEach(need -> stages.add(need.get("stage").asText()));

        assertThat(catalog.get("total").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(stages).contains("PUBLISHED", "ADDRESSED");
    }

    @Test
    void theAuditOfEveryClosedProposalIsTheWorkOfManyPeopleOverMoreThanAYear() {
        JsonNode closed = json(as("manager").get("/api/proposals?stage=CLOSED")).get("items");

        assertThat(closed).isNotEmpty();
        closed.forEach(proposal -> assertAuditOfAWholeLife(proposal.get("id").asText()));
    }

    private void assertAuditOfAWholeLife(String closed) {
        JsonNode history = as("auditor").decisionHistory(closed);
        Set<String> actors = new HashSet<>();
        List<Instant> times = new ArrayList<>();
        history.forEach(entry -> {
            if (entry.hasNonNull("actor")) {
                actors.add(entry.get("actor").asText());
            }
            times.add(Instant.parse(entry.get("timestamp").asText()));
        });

        assertThat(actors).as("actors in the audit of " + closed)
                .contains("secretariat", "eligibility", "chair", "fund", "system").hasSizeGreaterThan(6);
        assertThat(Duration.between(times.stream().min(Instant::compareTo).orElseThrow(),
                times.stream().max(Instant::compareTo).orElseThrow())).as("time the audit of " + closed + " spans")
                .isGreaterThan(Duration.ofDays(365));
        assertThat(times.stream().max(Instant::compareTo).orElseThrow()).isBefore(Instant.now());
    }

    @Test
    void jamaicasOfficerHasWorkToDo() {
        JsonNode tasks = json(as("officer-jm").get("/api/tasks")).get("items");

        assertThat(tasks).isNotEmpty();
        assertThat(tasks.findValuesAsText("taskDefinitionKey"))
                .contains(Elements.TASK_CONFIRM_START, Elements.TASK_SUBMIT_PROGRESS_REPORT);
    }

    @Test
    void aDatabaseIsFilledOnce() {
        long events = storedEvents();

        assertThat(demoData.fillOnce()).isFalse();
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM demo_data WHERE completed_at IS NOT NULL", Long.class))
                .isOne();
    }

    /** How many proposals of the scenario end in each stage, as written (drafts are not on the dashboard). */
    private static Map<String, Long> declaredStages() {
        DemoScript script = new DemoScript(Instant.now());
        DemoAgency.write(script);
        return script.proposals().stream().map(ProposalStory::stage).filter(stage -> stage != ProposalStage.DRAFT)
                .collect(Collectors.groupingBy(ProposalStage::name, Collectors.counting()));
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    private static JsonNode json(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
