package org.cooperaflow.workflows.tasks;

import java.util.List;
import java.util.Map;

/**
 * One kind of user task: its outcomes, the data each needs, and the domain command its
 * completion sends. The task service finds it by the task definition key.
 */
public interface UserTaskType {

    String taskDefinitionKey();

    List<String> allowedOutcomes();

    default List<TaskField> fields() {
        return List.of();
    }

    /**
     * Checks the data for the chosen outcome and answers the command to send.
     *
     * @throws InvalidTaskCompletionException naming each field that is wrong
     */
    Object command(String caseId, TaskCompletion completion);

    /** The process variables the model's gateways read after completion. */
    Map<String, Object> variables(TaskCompletion completion);
}
