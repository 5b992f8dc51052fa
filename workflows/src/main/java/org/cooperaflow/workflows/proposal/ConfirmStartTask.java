package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ConfirmProjectStartCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Confirm start (officers of the proposing state): the funded project starts on the given date. */
@Component
public class ConfirmStartTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@NotNull LocalDate startDate) {
    }

    private final TaskData data;

    public ConfirmStartTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_CONFIRM_START;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("startDate", "date", true, allowedOutcomes(), "ISO 8601, such as 2027-01-15"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        return List.of(new ConfirmProjectStartCommand(caseId, data.read(completion, Data.class).startDate()));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
