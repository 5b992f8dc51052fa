package org.cooperaflow.workflows.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.proposal.api.RemindBoardChairCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Records on the proposal that the Board chair was reminded of the reviews still open. */
@Component(ProposalLifecycleProcess.Delegates.REMIND_BOARD_CHAIR)
public class RemindBoardChairDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public RemindBoardChairDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        commands.send(execution, new RemindBoardChairCommand(proposalId), "reviews still open at the reminder");
    }
}
