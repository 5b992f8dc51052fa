package org.cooperaflow.workflows.proposal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.SubmitProgressReportCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Variables;
import org.cooperaflow.workflows.tasks.MoneyData;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Submit progress report (officers of the proposing state): expenditure and indicator values of a period. */
@Component
public class SubmitProgressReportTask implements UserTaskType {

    /** The value an indicator of the results framework reached. */
    record Indicator(@NotBlank @Size(max = 300) String name,
                     @NotNull @Digits(integer = 15, fraction = 6,
                             message = "must have at most 15 digits before the decimal point and 6 after it")
                     BigDecimal value) {
    }

    /** {@code data} of the task; {@code final} marks the project's last report. */
    record Data(@NotBlank @Size(max = 50) String period,
                @NotNull @Valid MoneyData expenditure,
                @Size(max = 50) List<@NotNull @Valid Indicator> indicators,
                @JsonProperty("final") @NotNull Boolean finalReport) {
    }

    private final TaskData data;

    public SubmitProgressReportTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_SUBMIT_PROGRESS_REPORT;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(
                new TaskField("period", "string", true, allowedOutcomes(), "the reporting period, such as 2027-Q1"),
                new TaskField("expenditure", "money", true, allowedOutcomes(), "spent in the period, in USD"),
                new TaskField("indicators", "array", false, allowedOutcomes(), "[{\"name\": \"...\", \"value\": \"80\"}]"),
                new TaskField("final", "boolean", true, allowedOutcomes(), "true on the project's last report"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        List<IndicatorValue> values = read.indicators() == null ? List.of()
                : read.indicators().stream().map(i -> new IndicatorValue(i.name(), i.value())).toList();
        return List.of(new SubmitProgressReportCommand(caseId, read.period(), read.expenditure().toMoney(), values,
                read.finalReport()));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(Variables.OUTCOME, completion.outcome());
    }
}
