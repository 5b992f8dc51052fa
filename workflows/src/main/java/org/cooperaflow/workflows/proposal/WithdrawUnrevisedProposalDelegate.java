package org.cooperaflow.workflows.proposal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/** Withdraws a proposal its proposer did not resubmit within the revision timeout. */
@Component(ProposalLifecycleProcess.Delegates.WITHDRAW_UNREVISED_PROPOSAL)
public class WithdrawUnrevisedProposalDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public WithdrawUnrevisedProposalDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        commands.send(execution, new WithdrawProposalCommand(proposalId),
                "not resubmitted within " + execution.getVariable(ProposalLifecycleProcess.Variables.REVISION_TIMEOUT));
    }
}
