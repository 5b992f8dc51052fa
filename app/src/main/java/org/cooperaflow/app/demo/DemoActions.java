package org.cooperaflow.app.demo;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskView;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskInbox;

/**
 * What the demo agency's users do, the way the API does it for them: a command through the command
 * gateway, or a workflow task completed through {@link TaskActions}, signed in as the user.
 */
final class DemoActions {

    private final DemoUsers users;
    private final CommandGateway commandGateway;
    private final TaskInbox inbox;
    private final TaskActions actions;

    DemoActions(DemoUsers users, CommandGateway commandGateway, TaskInbox inbox, TaskActions actions) {
        this.users = users;
        this.commandGateway = commandGateway;
        this.inbox = inbox;
        this.actions = actions;
    }

    /** The user sends the command, as a controller would for their request. */
    void send(String user, Object command) {
        users.as(user, actor -> commandGateway.sendAndWait(command));
    }

    /**
     * The user completes the case's open task of that kind (one they may act on and nobody else has
     * claimed), as {@code POST /api/tasks/{id}/complete} would; the comment is the reason on the events.
     */
    void complete(String user, String caseId, String taskDefinitionKey, String outcome, String comment,
                  Map<String, Object> data) {
        users.as(user, actor -> {
            List<TaskView> open = inbox.tasksFor(actor, caseId);
            TaskView task = open.stream()
                    .filter(t -> t.taskDefinitionKey().equals(taskDefinitionKey))
                    .filter(t -> t.assignee() == null || t.assignee().equals(user))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo scenario: " + user + " has no open "
                            + taskDefinitionKey + " on case " + caseId + "; their tasks there: "
                            + open.stream().map(TaskView::taskDefinitionKey).toList()));
            actions.complete(actor, task.id(), new TaskCompletion(outcome, comment, data));
            return null;
        });
    }
}
