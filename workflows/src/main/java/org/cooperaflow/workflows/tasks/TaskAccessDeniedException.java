package org.cooperaflow.workflows.tasks;

/** The user may not act on this task: not its assignee, nor a candidate (403). */
public class TaskAccessDeniedException extends RuntimeException {

    public TaskAccessDeniedException(String message) {
        super(message);
    }
}
