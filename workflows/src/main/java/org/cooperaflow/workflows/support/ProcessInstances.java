package org.cooperaflow.workflows.support;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How events reach processes, once for every ingress (ADR 0004): a process starts once per case,
 * however often its starting event is delivered, and a message that no instance waits for is no
 * error (the instance ended, or a redelivered event finds the step already taken). Both take the case's lock
 * first, as a user's action on the case does (ADR 0009).
 */
@Component
public class ProcessInstances {

    private static final Logger log = LoggerFactory.getLogger(ProcessInstances.class);

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final CaseLocks caseLocks;

    public ProcessInstances(RuntimeService runtimeService, HistoryService historyService, CaseLocks caseLocks) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.caseLocks = caseLocks;
    }

    /** Starts the process for the case unless one was ever started (running or ended) for its business key. */
    public void startOnce(String processKey, String businessKey, Map<String, Object> variables) {
        caseLocks.lock(businessKey);
        long existing = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .count();
        if (existing > 0) {
            log.debug("{} of case {} already started; event delivered again", processKey, businessKey);
            return;
        }
        runtimeService.startProcessInstanceByKey(processKey, businessKey, variables);
    }

    /** Correlates the message with every instance of the case waiting for it; none waiting is fine. */
    public void correlate(String message, String businessKey) {
        caseLocks.lock(businessKey);
        int correlated = runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(businessKey)
                .correlateAllWithResult().size();
        if (correlated == 0) {
            log.debug("No instance of case {} waits for {}; nothing to do", businessKey, message);
        }
    }
}
