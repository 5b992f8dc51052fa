package org.cooperaflow.workflows.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.domain.proposal.BoardVoteRules;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
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
 * refuses a second vote in the round; who may vote what, and with which score, is the domain's
 * {@link BoardVoteRules}, which this task asks too: a member of the proposer's or a partner's state is offered
 * RECUSE alone.
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

    /** The votes the domain's {@link BoardVoteRules} allow this member: RECUSE alone for a party to the proposal. */
    @Override
    public List<String> allowedOutcomes(String caseId, Actor actor) {
        if (caseId == null || caseId.isBlank()) {
            return allowedOutcomes();
        }
        Set<BoardVote> allowed = BoardVoteRules.allowedVotes(facts.proposalDetails(caseId), actor.memberState());
        return allowedOutcomes().stream().filter(outcome -> allowed.contains(BoardVote.valueOf(outcome))).toList();
    }

    /** The aggregate's own refusal (422, rule {@code conflict-of-interest}), before any command is sent. */
    @Override
    public RuntimeException outcomeNotAllowed(String outcome, List<String> allowed, Actor actor) {
        return BoardVoteRules.conflictOfInterest(actor.memberState());
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
        // the aggregate's score rules, told as a field of the task's data (400) before any command is sent
        BoardVoteRules.scoreProblem(vote, read.score()).ifPresent(problem -> {
            throw TaskData.invalid(Map.of("data.score", problem.getMessage().replaceFirst("^score: ", "")));
        });
        return List.of(new CastBoardVoteCommand(caseId, vote, read.score()));
    }

    /** None: the round closes when every review is done, and parallel reviews must not race on a variable. */
    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of();
    }
}
