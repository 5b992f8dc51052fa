package org.cooperaflow.workflows.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.support.CaseLocks;
import org.cooperaflow.workflows.support.ProcessChangedConcurrentlyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users' side of the workflows: which tasks they see, claiming, and completing.
 *
 * <p>Completing a task is one transaction (ADR 0003): the domain command is sent inside it and
 * joins it, then the Camunda task is completed. If the aggregate refuses the command, or the
 * completion fails after it, both roll back: the task stays open and no event remains. A
 * command failure is never caught here, so the transaction cannot commit half the step. A task or process that
 * another transaction changed first is reported as {@link ProcessChangedConcurrentlyException}, not as the
 * engine's own exception.
 */
@Service
public class WorkflowTaskService {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CommandGateway commandGateway;
    private final CaseLocks caseLocks;
    private final TaskCandidates taskCandidates;
    private final Map<String, UserTaskType> types;

    public WorkflowTaskService(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
                               RepositoryService repositoryService, CommandGateway commandGateway,
                               CaseLocks caseLocks, TaskCandidates taskCandidates, List<UserTaskType> types) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.commandGateway = commandGateway;
        this.caseLocks = caseLocks;
        this.taskCandidates = taskCandidates;
        this.types = types.stream().collect(Collectors.toMap(UserTaskType::taskDefinitionKey, Function.identity()));
    }

    /** Which of a user's tasks to list: of one kind ({@code taskDefinitionKey}), of one case; null means any. */
    public record TaskFilter(String taskDefinitionKey, String caseId) {
    }

    /** One page of a user's tasks, and how many there are in all. */
    public record TaskPage(List<TaskView> items, int page, int size, long total) {
    }

    /** Tasks assigned to the user, or open to one of their groups and not yet claimed; oldest first. */
    @Transactional(readOnly = true)
    public List<TaskView> tasksFor(Actor actor, String caseId) {
        return views(queryFor(actor, new TaskFilter(null, caseId)).orderByTaskCreateTime().asc().list(), actor);
    }

    /** As {@link #tasksFor(Actor, String)}, filtered and one page at a time ({@code page} from 0). */
    @Transactional(readOnly = true)
    public TaskPage tasksFor(Actor actor, TaskFilter filter, int page, int size) {
        long total = queryFor(actor, filter).count();
        List<Task> tasks = queryFor(actor, filter).orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(page * size, size);
        return new TaskPage(views(tasks, actor), page, size, total);
    }

    /** The cases (business keys) of the tasks the user sees, for a filter; in the order of their oldest task. */
    @Transactional(readOnly = true)
    public List<String> casesWithTasksFor(Actor actor) {
        List<Task> tasks = queryFor(actor, new TaskFilter(null, null)).orderByTaskCreateTime().asc().list();
        Map<String, String> keys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null).collect(Collectors.toSet()));
        return tasks.stream().map(t -> keys.get(t.getProcessInstanceId())).filter(k -> k != null && !k.isBlank())
                .distinct().toList();
    }

    /** The kinds of task there are, by task definition key. */
    public List<String> taskDefinitionKeys() {
        return types.keySet().stream().sorted().toList();
    }

    private TaskQuery queryFor(Actor actor, TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (actor.groups().isEmpty()) {
            query.taskAssignee(actor.userId());
        } else {
            query.or().taskAssignee(actor.userId()).taskCandidateGroupIn(new ArrayList<>(actor.groups())).endOr();
        }
        if (filter.caseId() != null && !filter.caseId().isBlank()) {
            query.processInstanceBusinessKey(filter.caseId());
        }
        if (filter.taskDefinitionKey() != null && !filter.taskDefinitionKey().isBlank()) {
            query.taskDefinitionKey(filter.taskDefinitionKey());
        }
        return query;
    }

    /** One open task, if the user may see it (they may act on it). */
    @Transactional(readOnly = true)
    public TaskView task(Actor actor, String taskId) {
        Task task = openTask(taskId);
        requireMayAct(actor, task, identityLinks(taskId));
        return views(List.of(task), actor).get(0);
    }

    /**
     * The open tasks of a case, whoever may act on them (for case views). Each read in its own transaction: a case
     * page is often read the moment after a step, while the process ends a task of the case, and the task that ended
     * is then left out rather than failing the whole list.
     */
    public List<TaskView> openTasksOfCase(String caseId) {
        return views(taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                .orderByTaskCreateTime().asc().list(), null);
    }

    @Transactional
    public TaskView claim(Actor actor, String taskId) {
        Task task = lockCaseOf(taskToActOn(taskId));
        List<IdentityLink> links = identityLinks(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskAccessDeniedException("task " + taskId + " is already claimed by " + task.getAssignee());
        }
        requireMayAct(actor, task, links);
        if (task.getAssignee() == null) {
            write(() -> taskService.claim(taskId, actor.userId()));
        }
        return views(List.of(openTask(taskId)), actor).get(0);
    }

    @Transactional
    public TaskView unclaim(Actor actor, String taskId) {
        Task task = lockCaseOf(taskToActOn(taskId));
        if (task.getAssignee() == null) {
            requireMayAct(actor, task, identityLinks(taskId));
            return views(List.of(task), actor).get(0);
        }
        if (!task.getAssignee().equals(actor.userId())) {
            throw new TaskAccessDeniedException("only " + task.getAssignee() + " may release task " + taskId);
        }
        if (!hasCandidates(identityLinks(taskId))) {
            throw new TaskAccessDeniedException("task " + taskId + " is assigned to you by the process and cannot be released");
        }
        write(() -> taskService.setAssignee(taskId, null));
        return views(List.of(openTask(taskId)), actor).get(0);
    }

    @Transactional
    public void complete(Actor actor, String taskId, TaskCompletion completion) {
        Task task = lockCaseOf(taskToActOn(taskId));
        requireMayAct(actor, task, identityLinks(taskId));
        UserTaskType type = typeOf(task);
        String caseId = caseIdOf(task);
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
        if (task.getAssignee() == null) {
            write(() -> taskService.setAssignee(taskId, actor.userId()));
        }
        write(() -> taskService.complete(taskId, type.variables(caseId, completion)));
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
    private Task taskToActOn(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done != null && done.getEndTime() != null) {
            throw new CaseChangedConcurrentlyException("the case changed: task " + taskId + " (" + done.getName()
                    + ") was already completed" + (done.getAssignee() == null ? "" : " by " + done.getAssignee())
                    + " at " + done.getEndTime().toInstant() + "; reload the case");
        }
        throw new TaskNotFoundException(taskId);
    }

    private Task openTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    /**
     * Takes the case's lock, then reads the task again: a user who acted on the task at the same moment as
     * another waited here for the other's transaction to end, and now finds the task done (ADR 0009).
     */
    private Task lockCaseOf(Task task) {
        caseLocks.lock(caseIdOf(task));
        Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        if (now == null) {
            throw new CaseChangedConcurrentlyException("the case changed while you acted: task " + task.getId()
                    + " (" + task.getName() + ") was completed by someone else a moment ago; reload the case");
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

    private List<IdentityLink> identityLinks(String taskId) {
        return taskService.getIdentityLinksForTask(taskId);
    }

    private static boolean hasCandidates(List<IdentityLink> links) {
        return links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
    }

    /** Camunda does not check who completes a task: this does. */
    private static void requireMayAct(Actor actor, Task task, List<IdentityLink> links) {
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor.userId())) {
                throw new TaskAccessDeniedException("task " + task.getId() + " is assigned to " + task.getAssignee());
            }
            return;
        }
        boolean candidate = links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> actor.userId().equals(l.getUserId())
                        || (l.getGroupId() != null && actor.groups().contains(l.getGroupId())));
        if (!candidate) {
            throw new TaskAccessDeniedException("you are not a candidate for task " + task.getId());
        }
    }

    private String caseIdOf(Task task) {
        return businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
    }

    /** The tasks as the API shows them; with an actor, the outcomes are those this user may choose. */
    private List<TaskView> views(List<Task> tasks, Actor actor) {
        Map<String, String> keys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null).collect(Collectors.toSet()));
        Map<String, String> processKeys = new LinkedHashMap<>();
        Map<String, TaskCandidates.Candidates> candidates = taskCandidates.of(tasks.stream().map(Task::getId).toList());
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks) {
            TaskCandidates.Candidates of = candidates.get(task.getId());
            if (of == null) {
                continue; // ended since the query found it: a list shows the tasks still open
            }
            UserTaskType type = types.get(task.getTaskDefinitionKey());
            String processKey = processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repositoryService.getProcessDefinition(id).getKey());
            views.add(new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                    keys.get(task.getProcessInstanceId()), task.getAssignee(),
                    of.groups(), of.users(),
                    task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    type == null ? List.of() : actor == null ? type.allowedOutcomes()
                            : type.allowedOutcomes(keys.get(task.getProcessInstanceId()), actor),
                    type == null ? List.of() : type.fields()));
        }
        return views;
    }
}
