package org.cooperaflow.workflows.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.proposal.api.BeginScreeningCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Opens the screening of a submitted (or resubmitted) proposal: the proposal enters SCREENING. */
@Component(ProposalLifecycleProcess.Delegates.BEGIN_SCREENING)
public class BeginScreeningDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public BeginScreeningDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        commands.send(execution, new BeginScreeningCommand(proposalId), "screening opened by the lifecycle process");
    }
}
