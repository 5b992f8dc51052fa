package org.cooperaflow.workflows.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cooperaflow.domain.proposal.api.CloseBoardReviewRoundCommand;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/**
 * The review deadline passed with reviews still open: records on the proposal that the round ended
 * ({@code BoardReviewRoundClosedEvent}, naming the members who had not voted) before the chair decides.
 */
@Component(ProposalLifecycleProcess.Delegates.CLOSE_BOARD_REVIEW_ROUND)
public class CloseBoardReviewRoundDelegate implements JavaDelegate {

    private final ProcessCommandSender commands;

    public CloseBoardReviewRoundDelegate(ProcessCommandSender commands) {
        this.commands = commands;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        List<String> reviewers = (List<String>) execution.getVariable(ProposalLifecycleProcess.Variables.BOARD_MEMBERS);
        commands.send(execution, new CloseBoardReviewRoundCommand(proposalId,
                ProposalLifecycleProcess.Delegates.CLOSE_REASON_DEADLINE, reviewers),
                "review deadline passed with reviews still open");
    }
}
