package org.cooperaflow.workflows.contribution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.fund.api.RemindFundManagerCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Records on the contribution that the fund manager was reminded of the receipt still awaited. */
@Component(ContributionProcess.Delegates.REMIND_FUND_MANAGER)
public class RemindFundManagerDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public RemindFundManagerDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String contributionId = (String) execution.getVariable(ContributionProcess.Variables.CONTRIBUTION_ID);
        commands.send(execution, new RemindFundManagerCommand(contributionId), "no receipt recorded yet");
    }
}
