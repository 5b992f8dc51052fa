package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.BoardDecision;
import org.cooperaflow.domain.proposal.api.RecordBoardDecisionCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Record Board decision (chair): APPROVE (with conditions, checked against the quorum of
 * {@code cooperaflow.board.quorum} non-recused votes and a majority), REJECT, or REVISE.
 */
@Component
public class RecordBoardDecisionTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@Size(max = 10_000) String conditions) {
    }

    private final TaskData data;

    public RecordBoardDecisionTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_RECORD_BOARD_DECISION;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("conditions", "string", false, List.of(Outcomes.APPROVE, Outcomes.REVISE),
                "conditions of the approval, or what to revise (or say it in the comment)"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        return List.of(new RecordBoardDecisionCommand(caseId, BoardDecision.valueOf(completion.outcome()),
                read.conditions(), null));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
