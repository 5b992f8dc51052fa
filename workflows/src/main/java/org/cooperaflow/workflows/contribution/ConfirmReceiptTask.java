package org.cooperaflow.workflows.contribution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;
import org.cooperaflow.workflows.contribution.ContributionProcess.Outcomes;
import org.cooperaflow.workflows.tasks.MoneyData;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Confirm receipt (fund manager): records the money received against the pledge, as
 * {@code POST /api/contributions/{id}/receipts} would (which also ends this task).
 */
@Component
public class ConfirmReceiptTask implements UserTaskType {

    /** {@code data} of the task, the receipt. */
    record Data(@NotNull @Valid MoneyData amount,
                @NotNull @PastOrPresent(message = "must not be in the future") LocalDate receivedOn,
                @DecimalMin(value = "0", inclusive = false)
                @Digits(integer = 9, fraction = 10, message = "must have at most 9 digits and 10 decimals")
                BigDecimal usdRate) {
    }

    private final TaskData data;

    public ConfirmReceiptTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return ContributionProcess.Elements.TASK_CONFIRM_RECEIPT;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(
                new TaskField("amount", "money", true, allowedOutcomes(), "received, in the pledge's currency"),
                new TaskField("receivedOn", "date", true, allowedOutcomes(), "ISO 8601"),
                new TaskField("usdRate", "decimal", false, allowedOutcomes(), "USD per unit; required unless in USD"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        return List.of(new RecordReceiptCommand(caseId, read.amount().toMoney(), read.receivedOn(), read.usdRate()));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ContributionProcess.Variables.OUTCOME, completion.outcome());
    }
}
