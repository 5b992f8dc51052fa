package org.cooperaflow.workflows.tasks;

import java.util.List;
import java.util.Map;

/**
 * One kind of user task: its outcomes, the data each needs, and the domain commands its
 * completion sends. The task service finds it by the task definition key.
 */
public interface UserTaskType {

    String taskDefinitionKey();

    List<String> allowedOutcomes();

    default List<TaskField> fields() {
        return List.of();
    }

    /**
     * Checks the data for the chosen outcome and answers the commands to send, in order, inside
     * the completion's transaction (an allocation, for instance, is one command on the contribution
     * and one on the proposal).
     *
     * @throws InvalidTaskCompletionException naming each field that is wrong
     */
    List<Object> commands(String caseId, TaskCompletion completion);

    /** The process variables the model's gateways read; asked after the commands were accepted. */
    Map<String, Object> variables(String caseId, TaskCompletion completion);
}
