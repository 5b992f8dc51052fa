package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/tasks} is paged like the other lists: {@code items}, {@code page}, {@code size}, {@code total}. */
class TaskListPagingIT extends IntegrationTest {

    @Test
    void theTasksOfAKindComeOldestFirstAcrossPagesEachOnce() {
        List<String> proposals = List.of(submittedProposal("Paging: first"), submittedProposal("Paging: second"),
                submittedProposal("Paging: third"));
        List<String> newTasks = new ArrayList<>();
        for (String proposal : proposals) {
            newTasks.add(awaitTask("secretariat", proposal, "Task_ScreenProposal"));
        }

        List<String> ids = new ArrayList<>();
        List<Instant> created = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || (long) page * 2 < total; page++) {
            JsonNode answer = json(as("secretariat").get("/api/tasks?type=Task_ScreenProposal&size=2&page=" + page));
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(2);
            if (total >= 0) {
                assertThat(answer.get("total").asLong()).as("the same total on every page").isEqualTo(total);
            }
            total = answer.get("total").asLong();
            assertThat(answer.get("items").size()).isBetween(1, 2);
            answer.get("items").forEach(task -> {
                assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ScreenProposal");
                ids.add(task.get("id").asText());
                created.add(Instant.parse(task.get("created").asText()));
            });
        }

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates().containsAll(newTasks);
        assertThat(created).isSorted();
        JsonNode beyond = json(as("secretariat").get("/api/tasks?type=Task_ScreenProposal&size=2&page=" + (total / 2 + 1)));
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(total);
    }

    @Test
    void oneCaseHasItsOwnTasksOnly() {
        String proposal = submittedProposal("Paging: one case");
        String task = awaitTask("secretariat", proposal, "Task_ScreenProposal");

        JsonNode answer = json(as("secretariat").get("/api/tasks?caseId=" + proposal));

        assertThat(answer.get("total").asLong()).isEqualTo(1);
        assertThat(answer.get("items").get(0).get("id").asText()).isEqualTo(task);
        assertThat(answer.get("items").get(0).get("caseId").asText()).isEqualTo(proposal);
        assertThat(json(as("officer-co").get("/api/tasks?caseId=" + proposal)).get("total").asLong())
                .as("not a task of theirs").isZero();
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedSayingWhichParameter() {
        for (String query : List.of("size=0", "size=501", "page=-1", "size=many")) {
            ApiClient.Response refused = as("secretariat").get("/api/tasks?" + query);
            assertThat(refused.status()).as(query + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    private static JsonNode json(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
