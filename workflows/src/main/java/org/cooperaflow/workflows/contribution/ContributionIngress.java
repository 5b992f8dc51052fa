package org.cooperaflow.workflows.contribution;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.cooperaflow.workflows.support.WorkflowTimers;
import org.springframework.stereotype.Component;

/**
 * Starts the receipt process of a pledge (once, replays included) and ends its wait when a receipt
 * is recorded; a receipt for a process already ended (a later instalment, a replay) changes nothing.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class ContributionIngress {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final WorkflowTimers timers;

    public ContributionIngress(RuntimeService runtimeService, HistoryService historyService, WorkflowTimers timers) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.timers = timers;
    }

    @EventHandler
    void on(ContributionPledgedEvent event) {
        boolean started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ContributionProcess.KEY)
                .processInstanceBusinessKey(event.contributionId()).count() > 0;
        if (!started) {
            runtimeService.startProcessInstanceByKey(ContributionProcess.KEY, event.contributionId(), Map.of(
                    ContributionProcess.Variables.CONTRIBUTION_ID, event.contributionId(),
                    ContributionProcess.Variables.RECEIPT_REMINDER, timers.receiptReminder()));
        }
    }

    @EventHandler
    void on(ContributionReceivedEvent event) {
        runtimeService.createMessageCorrelation(ContributionProcess.Messages.CONTRIBUTION_RECEIVED)
                .processInstanceBusinessKey(event.contributionId())
                .correlateAllWithResult();
    }
}
