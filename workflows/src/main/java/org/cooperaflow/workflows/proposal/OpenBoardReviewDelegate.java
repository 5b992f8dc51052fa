package org.cooperaflow.workflows.proposal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Names the reviewers of the round: one review task per Board member. The round itself was opened on
 * the proposal by the eligibility ruling ({@code BoardReviewOpenedEvent}), so no command is sent here.
 */
@Component(ProposalLifecycleProcess.Delegates.OPEN_BOARD_REVIEW)
public class OpenBoardReviewDelegate implements JavaDelegate {

    private final BoardMembers boardMembers;

    public OpenBoardReviewDelegate(BoardMembers boardMembers) {
        this.boardMembers = boardMembers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> members = boardMembers.userIds();
        if (members.isEmpty()) {
            throw new IllegalStateException("no user has role board: nobody could review the proposal");
        }
        execution.setVariable(ProposalLifecycleProcess.Variables.BOARD_MEMBERS, new ArrayList<>(members));
    }
}
