package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cooperaflow.domain.proposal.api.CompleteFinalEvaluationCommand;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Final evaluation (secretariat): a rating 1-6 on each OECD DAC criterion; the proposal is then CLOSED. */
@Component
public class FinalEvaluationTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@NotNull Map<DacCriterion, @NotNull @Min(1) @Max(6) Integer> ratings) {
    }

    private final TaskData data;

    public FinalEvaluationTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_FINAL_EVALUATION;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("ratings", "object", true, allowedOutcomes(),
                "1-6 for each of RELEVANCE, COHERENCE, EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class, FinalEvaluationTask::missingCriteria);
        return List.of(new CompleteFinalEvaluationCommand(caseId, read.ratings()));
    }

    private static Map<String, String> missingCriteria(Data read) {
        Map<String, String> errors = new TreeMap<>();
        if (read.ratings() != null) {
            Set<DacCriterion> missing = EnumSet.allOf(DacCriterion.class);
            missing.removeAll(read.ratings().keySet());
            missing.forEach(criterion -> errors.put("data.ratings." + criterion, "is required: a rating from 1 to 6"));
        }
        return errors;
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
