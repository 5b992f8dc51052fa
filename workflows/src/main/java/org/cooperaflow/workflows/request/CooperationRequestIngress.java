package org.cooperaflow.workflows.request;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestWithdrawnEvent;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the diagnosis process of a submitted need, once per request even when the event is replayed, and ends
 * it when the member state withdraws the request.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class CooperationRequestIngress {

    private static final Logger log = LoggerFactory.getLogger(CooperationRequestIngress.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public CooperationRequestIngress(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    @EventHandler
    void on(CooperationRequestSubmittedEvent event) {
        boolean started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CooperationRequestProcess.KEY)
                .processInstanceBusinessKey(event.requestId()).count() > 0;
        if (!started) {
            runtimeService.startProcessInstanceByKey(CooperationRequestProcess.KEY, event.requestId(),
                    Map.of(CooperationRequestProcess.Variables.REQUEST_ID, event.requestId()));
        }
    }

    /** Ends the diagnosis with its open task; a request withdrawn after its process ended finds none waiting. */
    @EventHandler
    void on(CooperationRequestWithdrawnEvent event) {
        int correlated = runtimeService.createMessageCorrelation(CooperationRequestProcess.Messages.REQUEST_WITHDRAWN)
                .processInstanceBusinessKey(event.requestId())
                .correlateAllWithResult().size();
        if (correlated == 0) {
            log.debug("No diagnosis of request {} waits for its withdrawal; nothing to do", event.requestId());
        }
    }
}
