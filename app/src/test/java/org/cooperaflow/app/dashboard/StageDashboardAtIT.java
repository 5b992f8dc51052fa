package org.cooperaflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The stage dashboard as it stood at a moment: nothing that happened later counts, and no stay lasts less than nothing. */
class StageDashboardAtIT extends IntegrationTest {

    @Test
    void aMomentBeforeEveryProposalShowsNoProposal() {
        String id = as("officer-jm").post("/api/proposals", proposalBody("JM", "Dashboard moment")).json().get("id").asText();
        as("officer-jm").post("/api/proposals/" + id + "/submit", null);
        awaitProcessorsCaughtUp();

        JsonNode before = as("manager").get("/api/dashboard/stages?at=2000-01-01T00:00:00Z").json();
        assertThat(before.get("proposals").asLong()).isZero();
        before.get("stages").forEach(stage -> {
            assertThat(stage.get("count").asLong()).as(stage.toString()).isZero();
            assertThat(stage.get("current").get("count").asLong()).as(stage.toString()).isZero();
            assertThat(stage.get("completed").get("count").asLong()).as(stage.toString()).isZero();
        });
        assertThat(before.get("conversions")).isEmpty();

        JsonNode now = as("manager").get("/api/dashboard/stages").json();
        assertThat(now.get("proposals").asLong()).isPositive();
        now.get("stages").forEach(stage -> {
            for (String kind : new String[] {"current", "completed"}) {
                JsonNode median = stage.get(kind).get("medianDays");
                if (median != null && !median.isNull()) {
                    assertThat(new BigDecimal(median.asText())).as(stage.toString()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                }
            }
        });
    }
}
