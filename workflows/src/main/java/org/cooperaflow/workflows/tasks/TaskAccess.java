package org.cooperaflow.workflows.tasks;

import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an open task: its assignee, or, while nobody has claimed it, one of its candidates. Camunda
 * does not check who claims or completes a task, so the inbox and the task actions both ask this.
 */
@Component
class TaskAccess {

    private final TaskRows rows;

    TaskAccess(TaskRows rows) {
        this.rows = rows;
    }

    /** The open task with its identity links; one that does not exist, or no longer runs, is not found (404). */
    TaskRows.TaskWithLinks open(String taskId) {
        TaskRows.TaskWithLinks row = rows.task(taskId);
        if (row == null) {
            throw new TaskNotFoundException(taskId);
        }
        return row;
    }

    void requireMayAct(Actor actor, TaskRows.TaskWithLinks row) {
        Task task = row.task();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor.userId())) {
                throw new TaskAccessDeniedException("task " + task.getId() + " is assigned to " + task.getAssignee());
            }
            return;
        }
        boolean candidate = row.links().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> actor.userId().equals(l.getUserId())
                        || (l.getGroupId() != null && actor.groups().contains(l.getGroupId())));
        if (!candidate) {
            throw new TaskAccessDeniedException("you are not a candidate for task " + task.getId());
        }
    }
}
