package org.cooperaflow.app.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.junit.jupiter.api.Test;

/** Must show 4: the proposal as of a moment between two Board votes shows the first vote and not the second. */
class AsOfBetweenVotesIT extends ReadModelFlows {

    @Test
    void aViewBetweenTwoVotesShowsTheFirstAndNotTheSecond() {
        String id = screenedProposal("Coastal resilience plans");
        confirmEligible(id);
        complete("board2", awaitTask("board2", id, Elements.TASK_REVIEW_PROPOSAL), "APPROVE", Map.of("score", 4));
        // the second vote is a request of its own, answered after the first's: its event's time is later (asserted)
        complete("board3", awaitTask("board3", id, Elements.TASK_REVIEW_PROPOSAL), "REJECT", Map.of("score", 2));

        List<Instant> votes = jdbc.queryForList("SELECT timeStamp FROM domainevententry WHERE aggregateIdentifier = ?"
                + " AND payloadType LIKE '%.BoardVoteCastEvent' ORDER BY sequenceNumber", String.class, id)
                .stream().map(Instant::parse).toList();
        assertThat(votes).hasSize(2);
        assertThat(votes.get(1)).isAfter(votes.get(0));
        Instant between = votes.get(0).plus(Duration.between(votes.get(0), votes.get(1)).dividedBy(2));

        JsonNode then = as("auditor").get("/api/proposals/" + id + "?asOf=" + between).json();
        assertThat(then.get("stage").asText()).isEqualTo("BOARD_REVIEW");
        assertThat(then.get("reviewRound").asInt()).isEqualTo(1);
        assertThat(then.get("votes")).hasSize(1);
        assertThat(then.get("votes").get(0).get("voter").asText()).isEqualTo("board2");
        assertThat(then.get("votes").get(0).get("vote").asText()).isEqualTo("APPROVE");
        assertThat(then.get("votes").findValuesAsText("voter")).doesNotContain("board3");

        JsonNode now = as("auditor").get("/api/proposals/" + id).json();
        assertThat(now.get("votes").findValuesAsText("voter")).containsExactly("board2", "board3");
        JsonNode beforeVotes = as("auditor").get("/api/proposals/" + id + "?asOf=" + votes.get(0).minusMillis(1)).json();
        assertThat(beforeVotes.get("votes")).isEmpty();
        assertThat(beforeVotes.get("stage").asText()).isEqualTo("BOARD_REVIEW");
    }
}
