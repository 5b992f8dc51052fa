package org.cooperaflow.workflows.tasks;

import java.util.Map;

/** What a user submits to complete a task: the outcome, their comment (the reason on the event), and its data. */
public record TaskCompletion(String outcome, String comment, Map<String, Object> data) {

    public TaskCompletion {
        data = data == null ? Map.of() : data;
    }
}
