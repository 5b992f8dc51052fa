package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Review proposal (one per Board member, assigned to them): the member's vote and score. The aggregate
 * refuses a second vote in the round and any vote but RECUSE from the proposer's or a partner's state.
 */
@Component
public class ReviewProposalTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@Min(1) @Max(5) Integer score) {
    }

    private final TaskData data;

    public ReviewProposalTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_REVIEW_PROPOSAL;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(
                new TaskField("score", "integer", true, List.of(Outcomes.APPROVE, Outcomes.REJECT),
                        "1 (weak) to 5 (strong)"),
                new TaskField("score", "integer", false, List.of(Outcomes.ABSTAIN),
                        "1 (weak) to 5 (strong); a member who recuses does not score"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        BoardVote vote = BoardVote.valueOf(completion.outcome());
        if (read.score() == null && (vote == BoardVote.APPROVE || vote == BoardVote.REJECT)) {
            throw TaskData.invalid(Map.of("data.score", "is required to " + vote + ": from 1 to 5"));
        }
        if (read.score() != null && vote == BoardVote.RECUSE) {
            throw TaskData.invalid(Map.of("data.score", "must be absent: a member who recuses does not score"));
        }
        return List.of(new CastBoardVoteCommand(caseId, vote, read.score(), null));
    }

    /** None: the round closes when every review is done, and parallel reviews must not race on a variable. */
    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of();
    }
}
