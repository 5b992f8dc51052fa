package org.cooperaflow.workflows.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;

/** Who ended a task: its assignee when they completed it, the process when it removed the task unfinished. */
class WorkflowHistoryTest {

    private static final String CASE = "proposal-1";

    private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    private final WorkflowHistory workflowHistory = new WorkflowHistory(history, new ObjectMapper());

    @Test
    void aReviewCancelledByTheDeadlineEndsBySystemNotByItsAssignee() {
        HistoricTaskInstance cancelled = task("task-1", "board3", "deleted");
        when(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(CASE).list())
                .thenReturn(List.of(cancelled));
        when(history.createUserOperationLogQuery().taskId("task-1").list()).thenReturn(List.of());

        TaskStep ended = ended(workflowHistory.of(CASE));

        assertThat(ended.actor()).isEqualTo("system");
        assertThat(ended.detail().get("deleteReason").asText()).isEqualTo("deleted");
    }

    @Test
    void aCompletedTaskEndsByItsAssignee() {
        HistoricTaskInstance done = task("task-2", "board2", "completed");
        UserOperationLogEntry complete = mock(UserOperationLogEntry.class);
        when(complete.getOperationId()).thenReturn("op-1");
        when(complete.getOperationType()).thenReturn(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
        when(complete.getUserId()).thenReturn("board2");
        when(complete.getTimestamp()).thenReturn(new Date(2_000));
        when(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(CASE).list())
                .thenReturn(List.of(done));
        when(history.createUserOperationLogQuery().taskId("task-2").list()).thenReturn(List.of(complete));

        assertThat(ended(workflowHistory.of(CASE)).actor()).isEqualTo("board2");
    }

    private static TaskStep ended(List<TaskStep> entries) {
        return entries.stream().filter(e -> e.type().equals("TASK_ENDED")).findFirst().orElseThrow();
    }

    private static HistoricTaskInstance task(String id, String assignee, String deleteReason) {
        HistoricTaskInstance task = mock(HistoricTaskInstance.class);
        when(task.getId()).thenReturn(id);
        when(task.getName()).thenReturn("Review proposal");
        when(task.getTaskDefinitionKey()).thenReturn("Task_ReviewProposal");
        when(task.getProcessInstanceId()).thenReturn("instance-1");
        when(task.getAssignee()).thenReturn(assignee);
        when(task.getStartTime()).thenReturn(new Date(1_000));
        when(task.getEndTime()).thenReturn(new Date(3_000));
        when(task.getDeleteReason()).thenReturn(deleteReason);
        return task;
    }
}
