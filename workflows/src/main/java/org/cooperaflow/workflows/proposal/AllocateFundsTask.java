package org.cooperaflow.workflows.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.fund.api.AllocateContributionCommand;
import org.cooperaflow.domain.proposal.api.AllocateFundsCommand;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Variables;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.tasks.MoneyData;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Allocate funds (fund manager): each allocation is taken from a contribution (which refuses more than it
 * received) and given to the proposal (which refuses more than was approved), all in the task's transaction.
 * The proposal is fully funded, or comes back to the fund manager, by its own account of the allocations.
 */
@Component
public class AllocateFundsTask implements UserTaskType {

    /** One allocation: USD from one contribution. */
    record Allocation(@NotBlank String contributionId, @NotNull @Valid MoneyData amount) {
    }

    /** {@code data} of the task. */
    record Data(@NotEmpty List<@NotNull @Valid Allocation> allocations) {
    }

    private final TaskData data;
    private final CaseFacts facts;

    public AllocateFundsTask(TaskData data, CaseFacts facts) {
        this.data = data;
        this.facts = facts;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_ALLOCATE_FUNDS;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("allocations", "array", true, allowedOutcomes(),
                "[{\"contributionId\": \"...\", \"amount\": {\"amount\": \"50000.00\", \"currency\": \"USD\"}}]"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class, this::unknownContributions);
        String accountId = facts.proposalDetails(caseId).accountId();
        List<Object> commands = new ArrayList<>();
        for (Allocation allocation : read.allocations()) {
            Money amount = allocation.amount().toMoney();
            commands.add(new AllocateContributionCommand(allocation.contributionId(), caseId, amount, accountId));
            commands.add(new AllocateFundsCommand(caseId, allocation.contributionId(), amount));
        }
        return commands;
    }

    /** Each allocation from a contribution that was never pledged, named by its place in the list. */
    private Map<String, String> unknownContributions(Data read) {
        Map<String, String> errors = new java.util.TreeMap<>();
        if (read.allocations() == null) {
            return errors;
        }
        for (int i = 0; i < read.allocations().size(); i++) {
            Allocation allocation = read.allocations().get(i);
            if (allocation != null && allocation.contributionId() != null && !allocation.contributionId().isBlank()
                    && !facts.contributionExists(allocation.contributionId())) {
                errors.put("data.allocations[" + i + "].contributionId",
                        "no contribution " + allocation.contributionId());
            }
        }
        return errors;
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(Variables.OUTCOME, completion.outcome(), Variables.FULLY_FUNDED, facts.isFunded(caseId));
    }
}
