package org.cooperaflow.workflows.tasks;

/** No open task has this id (404). */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("no open task " + taskId);
    }
}
