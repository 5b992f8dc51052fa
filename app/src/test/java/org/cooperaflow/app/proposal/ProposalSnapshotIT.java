package org.cooperaflow.app.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Proposals live long and collect many events, so they are snapshotted (every 10 events in the
 * tests): a proposal loaded from its snapshot must behave exactly as one replayed from all its events.
 */
class ProposalSnapshotIT extends IntegrationTest {

    @Test
    void aProposalLoadedFromItsSnapshotKeepsItsStateAndRules() {
        ApiClient officer = as("officer-jm");
        String id = officer.post("/api/proposals", proposalBody("JM", "Snapshot draft 0")).json().get("id").asText();
        for (int revision = 1; revision <= 12; revision++) {
            Map<String, Object> body = new HashMap<>(proposalBody("JM", "Snapshot draft " + revision));
            assertThat(officer.put("/api/proposals/" + id, body).status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots(id) > 0);
        String snapshot = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM snapshotevententry"
                + " WHERE aggregateIdentifier = ? ORDER BY sequenceNumber DESC LIMIT 1", String.class, id);
        assertThat(snapshot).contains("\"stage\":\"DRAFT\"").contains("Snapshot draft");

        // the next commands load the aggregate from the snapshot and the events after it
        ApiClient.Response submitted = officer.post("/api/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("stage").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("title").asText()).isEqualTo("Snapshot draft 12");

        // the restored stage still guards the transitions: a second submission is refused
        ApiClient.Response again = officer.post("/api/proposals/" + id + "/submit", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(storedEvents(id, "ProposalSubmittedEvent")).isEqualTo(1);
    }

    private int snapshots(String aggregateId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateIdentifier = ?",
                Integer.class, aggregateId);
        return count == null ? 0 : count;
    }
}
