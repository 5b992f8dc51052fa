package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.tasks.Actor;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Review proposal (one per Board member, assigned to them): the member's vote and score. The aggregate
 * refuses a second vote in the round and any vote but RECUSE from the proposer's or a partner's state; such a
 * member is offered RECUSE alone.
 */
@Component
public class ReviewProposalTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(@Min(1) @Max(5) Integer score) {
    }

    private final TaskData data;
    private final CaseFacts facts;

    public ReviewProposalTask(TaskData data, CaseFacts facts) {
        this.data = data;
        this.facts = facts;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_REVIEW_PROPOSAL;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    /** Only RECUSE for a member of the proposer's or a partner's state (as the aggregate rules); all four otherwise. */
    @Override
    public List<String> allowedOutcomes(String caseId, Actor actor) {
        String memberState = actor.memberState();
        if (memberState == null || memberState.isBlank() || caseId == null || caseId.isBlank()) {
            return allowedOutcomes();
        }
        ProposalDetails details = facts.proposalDetails(caseId);
        boolean party = memberState.equals(details.proposer().memberState())
                || details.partners().stream().map(Partner::memberState).anyMatch(memberState::equals);
        return party ? List.of(Outcomes.RECUSE) : allowedOutcomes();
    }

    /** The same refusal as the aggregate's (422, rule {@code conflict-of-interest}), before any command is sent. */
    @Override
    public RuntimeException outcomeNotAllowed(String outcome, List<String> allowed, Actor actor) {
        return new DomainRuleViolation("conflict-of-interest", "a Board member of " + actor.memberState()
                + ", the proposer's or a partner's state, may only recuse");
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("score", "integer", true, List.of(Outcomes.APPROVE, Outcomes.REJECT),
                "1 (weak) to 5 (strong); optional to ABSTAIN; a member who recuses does not score"));
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
