package org.cooperaflow.workflows.tasks;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an open task: its assignee, or, while nobody has claimed it, one of its candidates. Camunda
 * does not check who claims or completes a task, so the inbox and the task actions both ask this.
 */
@Component
class TaskAccess {

    private final TaskService taskService;

    TaskAccess(TaskService taskService) {
        this.taskService = taskService;
    }

    /** The open task; one that does not exist, or no longer runs, is not found (404). */
    Task open(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    void requireMayAct(Actor actor, Task task) {
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor.userId())) {
                throw new TaskAccessDeniedException("task " + task.getId() + " is assigned to " + task.getAssignee());
            }
            return;
        }
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        boolean candidate = links.stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> actor.userId().equals(l.getUserId())
                        || (l.getGroupId() != null && actor.groups().contains(l.getGroupId())));
        if (!candidate) {
            throw new TaskAccessDeniedException("you are not a candidate for task " + task.getId());
        }
    }
}
