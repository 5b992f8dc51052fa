package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ConfirmEligibilityCommand;
import org.cooperaflow.domain.proposal.api.EligibilityOutcome;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Confirm eligibility (eligibility officer): ELIGIBLE opens the Board review, INELIGIBLE ends the case.
 * Whether a ruling overrides the rules' result, and so needs a justification, only the aggregate knows.
 */
@Component
public class ConfirmEligibilityTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@Size(max = 10_000) String justification) {
    }

    private final TaskData data;

    public ConfirmEligibilityTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_CONFIRM_ELIGIBILITY;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("justification", "string", false, allowedOutcomes(),
                "why the ruling departs from the eligibility rules' result; required when it does"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        return List.of(new ConfirmEligibilityCommand(caseId, EligibilityOutcome.valueOf(completion.outcome()),
                read.justification()));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
