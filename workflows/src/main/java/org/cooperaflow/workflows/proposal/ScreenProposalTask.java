package org.cooperaflow.workflows.proposal;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ScreenProposalCommand;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Screen for completeness (secretariat): COMPLETE sends it on to eligibility, INCOMPLETE back to the proposer. */
@Component
public class ScreenProposalTask implements UserTaskType {

    private final TaskData data;

    public ScreenProposalTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_SCREEN_PROPOSAL;
    }

    @Override
    public List<String> allowedOutcomes() {
        return List.of(ScreeningOutcome.COMPLETE.name(), ScreeningOutcome.INCOMPLETE.name());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("comment", "string", false, List.of(ScreeningOutcome.INCOMPLETE.name()),
                "what is missing; required when the proposal is returned as incomplete"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        data.requireNone(completion);
        return List.of(new ScreenProposalCommand(caseId, ScreeningOutcome.valueOf(completion.outcome())));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
