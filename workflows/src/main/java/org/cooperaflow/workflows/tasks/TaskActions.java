package org.cooperaflow.workflows.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.CaseLocks;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with their tasks: claim, release, complete. Each action takes the case's lock first (ADR 0009).
 *
 * <p>Completing a task is one transaction (ADR 0003): the domain command is sent inside it and
 * joins it, then the Camunda task is completed. If the aggregate refuses the command, or the
 * completion fails after it, both roll back: the task stays open and no event remains. A
 * command failure is never caught here, so the transaction cannot commit half the step. A task or process that
 * another transaction changed first is reported as {@link ProcessChangedConcurrentlyException}, not as the
 * engine's own exception.
 */
@Service
public class TaskActions {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CommandGateway commandGateway;
    private final CaseLocks caseLocks;
    private final TaskAccess access;
    private final TaskViews views;
    private final TaskRows rows;
    private final Map<String, UserTaskType> types;

    TaskActions(TaskService taskService, HistoryService historyService, CommandGateway commandGateway,
                CaseLocks caseLocks, TaskAccess access, TaskViews views, TaskRows rows, List<UserTaskType> types) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.commandGateway = commandGateway;
        this.caseLocks = caseLocks;
        this.access = access;
        this.views = views;
        this.rows = rows;
        this.types = types.stream().collect(Collectors.toMap(UserTaskType::taskDefinitionKey, Function.identity()));
    }

    @Transactional
    public TaskView claim(Actor actor, String taskId) {
        TaskRows.TaskWithLinks row = lockCaseOf(taskToActOn(taskId));
        Task task = row.task();
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskAccessDeniedException("task " + taskId + " is already claimed by " + task.getAssignee());
        }
        access.requireMayAct(actor, row);
        if (task.getAssignee() == null) {
            write(() -> taskService.claim(taskId, actor.userId()));
        }
        return views.of(access.open(taskId).task(), actor);
    }

    @Transactional
    public TaskView unclaim(Actor actor, String taskId) {
        TaskRows.TaskWithLinks row = lockCaseOf(taskToActOn(taskId));
        Task task = row.task();
        if (task.getAssignee() == null) {
            access.requireMayAct(actor, row);
            return views.of(task, actor);
        }
        if (!task.getAssignee().equals(actor.userId())) {
            throw new TaskAccessDeniedException("only " + task.getAssignee() + " may release task " + taskId);
        }
        if (row.links().stream().noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))) {
            // a task the process assigned to one user has no candidates: nobody else could take it up
            throw new TaskAccessDeniedException("task " + taskId + " is assigned to you by the process and cannot be released");
        }
        write(() -> taskService.setAssignee(taskId, null));
        return views.of(access.open(taskId).task(), actor);
    }

    @Transactional
    public void complete(Actor actor, String taskId, TaskCompletion completion) {
        TaskRows.OpenTask open = taskToActOn(taskId);
        TaskRows.TaskWithLinks row = lockCaseOf(open);
        access.requireMayAct(actor, row);
        Task task = row.task();
        UserTaskType type = typeOf(task);
        String caseId = open.caseId();
        if (completion.outcome() == null || !type.allowedOutcomes().contains(completion.outcome())) {
            throw new InvalidTaskCompletionException("outcome must be one of " + type.allowedOutcomes(),
                    Map.of("outcome", "must be one of " + type.allowedOutcomes()));
        }
        List<String> allowed = type.allowedOutcomes(caseId, actor);
        if (!allowed.contains(completion.outcome())) {
            throw type.outcomeNotAllowed(completion.outcome(), allowed, actor);
        }
        List<Object> commands = type.commands(caseId, completion);
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.TASK_ID, taskId);
        metaData.put(AuditMetadata.PROCESS_INSTANCE_ID, task.getProcessInstanceId());
        if (completion.comment() != null && !completion.comment().isBlank()) {
            metaData.put(AuditMetadata.REASON, completion.comment());
        }
        for (Object command : commands) {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
        Map<String, Object> variables = type.variables(caseId, completion);
        // a task nobody claimed is assigned to the user who completes it, so its history says who did
        write(() -> rows.complete(taskId, task.getAssignee() == null ? actor.userId() : null, variables));
    }

    /**
     * The engine's optimistic lock in the workflows' words: a row of the task or its process was changed by another
     * transaction since this one read it (the case's lock covers users and ingresses, not every engine write).
     */
    private static void write(Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingException e) {
            throw new ProcessChangedConcurrentlyException(e);
        }
    }

    /**
     * The open task a user acts on. One that was completed a moment ago (a double click, or another member of the
     * group first) is a change of the case the user did not see (409), not an unknown task (404).
     */
    private TaskRows.OpenTask taskToActOn(String taskId) {
        TaskRows.OpenTask open = rows.open(taskId);
        if (open != null) {
            return open;
        }
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done != null && done.getEndTime() != null) {
            // completed by a user, or ended with its case (a withdrawal, a process cancelled)
            boolean completed = "completed".equals(done.getDeleteReason());
            throw new CaseChangedConcurrentlyException("the case changed: task " + taskId + " (" + done.getName()
                    + ") was already " + (completed ? "completed" : "ended")
                    + (completed && done.getAssignee() != null ? " by " + done.getAssignee() : "")
                    + " at " + done.getEndTime().toInstant() + "; reload the case");
        }
        throw new TaskNotFoundException(taskId);
    }

    /**
     * Takes the case's lock, then reads the task again: a user who acted on the task at the same moment as
     * another waited here for the other's transaction to end, and now finds the task done (ADR 0009).
     */
    private TaskRows.TaskWithLinks lockCaseOf(TaskRows.OpenTask open) {
        Task task = open.task();
        caseLocks.lock(open.caseId());
        TaskRows.TaskWithLinks now = rows.task(task.getId());
        if (now == null) {
            // who ended it: another member of the group, or the same user in another request (a double click)
            HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task.getId())
                    .singleResult();
            String by = done == null || done.getAssignee() == null ? "" : " by " + done.getAssignee();
            throw new CaseChangedConcurrentlyException("the case changed while you acted: task " + task.getId()
                    + " (" + task.getName() + ") was completed" + by + " a moment ago; reload the case");
        }
        return now;
    }

    private UserTaskType typeOf(Task task) {
        UserTaskType type = types.get(task.getTaskDefinitionKey());
        if (type == null) {
            throw new IllegalStateException("no task type for " + task.getTaskDefinitionKey());
        }
        return type;
    }
}
