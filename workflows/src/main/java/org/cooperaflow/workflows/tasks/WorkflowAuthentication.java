package org.cooperaflow.workflows.tasks;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who the process engine records as acting (who claimed and completed each task, in its history), for work done
 * outside a request: a request's user is handed to the engine by the security filters.
 */
@Component
public class WorkflowAuthentication {

    private final IdentityService identityService;

    public WorkflowAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Runs the action as the actor, with their groups; nobody is the engine's user afterwards. */
    public <T> T as(Actor actor, Supplier<T> action) {
        identityService.setAuthentication(actor.userId(), new ArrayList<>(actor.groups()));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
