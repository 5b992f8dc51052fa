package org.cooperaflow.workflows.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * A case's workflow tasks from Camunda's history (business key = case id): when each task was
 * created, who claimed, was assigned or completed it (the user operation log), and when it ended.
 */
@Component
public class WorkflowHistory {

    /** Camunda's delete reason of a task that the process removed unfinished (a boundary event, a message). */
    static final String DELETED = "deleted";
    static final String SYSTEM_ACTOR = org.cooperaflow.domain.shared.AuditMetadata.SYSTEM_ACTOR;

    private final HistoryService historyService;
    private final ObjectMapper objectMapper;

    public WorkflowHistory(HistoryService historyService, ObjectMapper objectMapper) {
        this.historyService = historyService;
        this.objectMapper = objectMapper;
    }

    /** The steps of the case's tasks, task by task, each task's in the order Camunda logged them. */
    public List<TaskStep> of(String caseId) {
        List<TaskStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseId).list()) {
            ObjectNode created = objectMapper.createObjectNode()
                    .put("taskDefinitionKey", task.getTaskDefinitionKey())
                    .put("processInstanceId", task.getProcessInstanceId());
            if (task.getDueDate() != null) {
                created.put("due", task.getDueDate().toInstant().toString());
            }
            steps.add(new TaskStep(task.getStartTime().toInstant(), "TASK_CREATED", null, created, task.getId(),
                    task.getName()));
            Set<String> logged = new HashSet<>();
            boolean completed = false;
            for (UserOperationLogEntry op : inOrder(historyService.createUserOperationLogQuery().taskId(task.getId())
                    .list())) {
                if (!logged.add(op.getOperationId() + op.getOperationType())) {
                    continue; // one line per operation, not per changed property
                }
                completed |= UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType());
                ObjectNode detail = objectMapper.createObjectNode().put("operation", op.getOperationType());
                if (op.getProperty() != null) {
                    detail.put("property", op.getProperty()).put("newValue", op.getNewValue());
                }
                steps.add(new TaskStep(op.getTimestamp().toInstant(),
                        "TASK_" + op.getOperationType().toUpperCase(Locale.ROOT), op.getUserId(), detail,
                        task.getId(), task.getName()));
            }
            if (task.getEndTime() != null) {
                ObjectNode ended = objectMapper.createObjectNode().put("deleteReason", task.getDeleteReason());
                steps.add(new TaskStep(task.getEndTime().toInstant(), "TASK_ENDED", endedBy(task, completed), ended,
                        task.getId(), task.getName()));
            }
        }
        return steps;
    }

    /**
     * The task's operations in time order. A completion by a user nobody had assigned logs the assignment and the
     * completion in one engine command (ADR 0030), often in the same millisecond: the completion comes last.
     */
    private static List<UserOperationLogEntry> inOrder(List<UserOperationLogEntry> ops) {
        List<UserOperationLogEntry> sorted = new ArrayList<>(ops);
        sorted.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp)
                .thenComparing(op -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())));
        return sorted;
    }

    /**
     * Who ended the task: its assignee when they completed it; the process ({@code system}) when it deleted the
     * task unfinished, such as a review cancelled by the round's deadline, whoever it was assigned to.
     */
    private static String endedBy(HistoricTaskInstance task, boolean completed) {
        if (!completed && DELETED.equals(task.getDeleteReason())) {
            return SYSTEM_ACTOR;
        }
        return task.getAssignee();
    }
}
