package org.cooperaflow.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.tasks.TaskCandidates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A page's candidates in one read (ADR 0020): as Camunda's own API gives them, and only for tasks still open. */
class TaskCandidatesIT extends IntegrationTest {

    @Autowired
    private TaskCandidates taskCandidates;

    @Autowired
    private TaskService taskService;

    @Test
    void theCandidatesOfManyTasksAreThoseCamundaGivesTaskByTask() {
        String first = awaitTask("secretariat", submittedProposal("Candidates: first"), "Task_ScreenProposal");
        String second = awaitTask("secretariat", submittedProposal("Candidates: second"), "Task_ScreenProposal");

        Map<String, TaskCandidates.Candidates> candidates = taskCandidates.of(List.of(first, second));

        assertThat(candidates).containsOnlyKeys(first, second);
        for (String task : List.of(first, second)) {
            List<String> groups = taskService.getIdentityLinksForTask(task).stream()
                    .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).sorted().toList();
            assertThat(groups).isNotEmpty();
            assertThat(candidates.get(task).groups()).isEqualTo(groups);
            assertThat(candidates.get(task).users()).isEmpty();
        }
    }

    @Test
    void aTaskThatEndedAfterItWasListedIsLeftOut() {
        String proposal = submittedProposal("Candidates: ended");
        String screening = awaitTask("secretariat", proposal, "Task_ScreenProposal");
        String open = awaitTask("secretariat", submittedProposal("Candidates: still open"), "Task_ScreenProposal");
        noContent(completeTask("secretariat", screening, "COMPLETE", Map.of()));

        assertThat(taskCandidates.of(List.of(screening, open))).containsOnlyKeys(open);
        assertThat(taskCandidates.of(List.of())).isEmpty();
    }
}
