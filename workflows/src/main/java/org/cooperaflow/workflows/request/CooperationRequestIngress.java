package org.cooperaflow.workflows.request;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessInstances;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Starts the diagnosis process of a submitted need, once per request even when the event is replayed, and ends
 * it when the member state withdraws the request.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class CooperationRequestIngress {

    private final ProcessInstances processes;
    private final CaseFacts facts;

    public CooperationRequestIngress(ProcessInstances processes, CaseFacts facts) {
        this.processes = processes;
        this.facts = facts;
    }

    @EventHandler
    void on(CooperationRequestSubmittedEvent event) {
        processes.startOnce(CooperationRequestProcess.KEY, event.requestId(),
                Map.of(CooperationRequestProcess.Variables.REQUEST_ID, event.requestId()),
                () -> facts.cooperationRequestStage(event.requestId())
                        .filter(stage -> stage == CooperationRequestStage.WITHDRAWN).isPresent());
    }

    /** Ends the diagnosis with its open task; a request withdrawn after its process ended finds none waiting. */
    @EventHandler
    void on(CooperationRequestWithdrawnEvent event) {
        processes.correlate(CooperationRequestProcess.Messages.REQUEST_WITHDRAWN, event.requestId());
    }
}
