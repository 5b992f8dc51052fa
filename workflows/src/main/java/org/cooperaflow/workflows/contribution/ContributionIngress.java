package org.cooperaflow.workflows.contribution;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.workflows.support.ProcessInstances;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.cooperaflow.workflows.support.WorkflowTimers;
import org.springframework.stereotype.Component;

/**
 * Starts the receipt process of a pledge (once, replays included) and ends its wait when a receipt
 * is recorded or the pledge is cancelled; a receipt or a cancellation for a process already ended (a later
 * instalment, a replay) changes nothing.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class ContributionIngress {

    private final ProcessInstances processes;
    private final WorkflowTimers timers;

    public ContributionIngress(ProcessInstances processes, WorkflowTimers timers) {
        this.processes = processes;
        this.timers = timers;
    }

    @EventHandler
    void on(ContributionPledgedEvent event) {
        processes.startOnce(ContributionProcess.KEY, event.contributionId(), Map.of(
                ContributionProcess.Variables.CONTRIBUTION_ID, event.contributionId(),
                ContributionProcess.Variables.RECEIPT_REMINDER, timers.receiptReminder()));
    }

    @EventHandler
    void on(ContributionReceivedEvent event) {
        processes.correlate(ContributionProcess.Messages.CONTRIBUTION_RECEIVED, event.contributionId());
    }

    @EventHandler
    void on(ContributionPledgeCancelledEvent event) {
        processes.correlate(ContributionProcess.Messages.PLEDGE_CANCELLED, event.contributionId());
    }
}
