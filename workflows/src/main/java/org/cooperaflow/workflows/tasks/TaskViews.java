package org.cooperaflow.workflows.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Camunda's tasks as the API shows them, and the cases they belong to. A list of tasks costs the same statements
 * whatever its length: one for the business keys and two for the candidates (ADR 0020).
 */
@Component
class TaskViews {

    private final TaskPages pages;
    private final RepositoryService repositoryService;
    private final TaskCandidates taskCandidates;
    private final Map<String, UserTaskType> types;

    TaskViews(TaskPages pages, RepositoryService repositoryService, TaskCandidates taskCandidates,
              List<UserTaskType> types) {
        this.pages = pages;
        this.repositoryService = repositoryService;
        this.taskCandidates = taskCandidates;
        this.types = types.stream().collect(Collectors.toMap(UserTaskType::taskDefinitionKey, Function.identity()));
    }

    /** The tasks as the API shows them; with an actor, the outcomes are those this user may choose. */
    List<TaskView> of(List<Task> tasks, Actor actor) {
        Map<String, String> keys = pages.businessKeys(tasks.stream().map(Task::getProcessInstanceId)
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

    /** One task as the user sees it. */
    TaskView of(Task task, Actor actor) {
        return of(List.of(task), actor).get(0);
    }
}
