package org.cooperaflow.workflows.support;

import java.util.Map;
import java.util.function.BooleanSupplier;
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
        startOnce(processKey, businessKey, variables, () -> false);
    }

    /**
     * As {@link #startOnce(String, String, Map)}, unless the case was closed (withdrawn) before its process could
     * start: the workflow processor may reach a submission after the member state has already withdrawn the case,
     * and the process's first step (a command on the case) would then fail for ever. The question is asked under
     * the case's lock, so no command changes the case between the answer and the start; a case withdrawn after its
     * process started ends that process through its withdrawal message, as before.
     */
    public void startOnce(String processKey, String businessKey, Map<String, Object> variables,
                          BooleanSupplier closedBeforeStart) {
        caseLocks.lock(businessKey);
        if (closedBeforeStart.getAsBoolean()) {
            log.info("{} of case {} not started: the case was closed before its process could start", processKey,
                    businessKey);
            return;
        }
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
