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

    /**
     * The outcomes this user may choose on this case's task: what the task shows them and what completing it
     * accepts. All of {@link #allowedOutcomes()} unless the task narrows them by who acts (a Board member of a
     * state party to the proposal may only recuse).
     */
    default List<String> allowedOutcomes(String caseId, Actor actor) {
        return allowedOutcomes();
    }

    /**
     * Why this user may not choose an outcome that the task has but {@link #allowedOutcomes(String, Actor)} withholds
     * from them: by default a 400 naming {@code outcome}; a task whose narrowing is a domain rule says which rule.
     */
    default RuntimeException outcomeNotAllowed(String outcome, List<String> allowed, Actor actor) {
        return new InvalidTaskCompletionException("outcome must be one of " + allowed,
                java.util.Map.of("outcome", "must be one of " + allowed));
    }

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
