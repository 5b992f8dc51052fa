package org.cooperaflow.workflows.proposal;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ReportReview;
import org.cooperaflow.domain.proposal.api.ReviewProgressReportCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Review progress report (secretariat): ACCEPT opens the next period or, after the final report, the evaluation;
 * REQUEST_CHANGES reopens the report. Whether the accepted report was the final one is the aggregate's fact, read
 * from the event it just recorded, so the process can never route differently from the stage.
 */
@Component
public class ReviewProgressReportTask implements UserTaskType {

    private final TaskData data;
    private final CaseFacts facts;

    public ReviewProgressReportTask(TaskData data, CaseFacts facts) {
        this.data = data;
        this.facts = facts;
    }

    @Override
    public String taskDefinitionKey() {
        return ProposalLifecycleProcess.Elements.TASK_REVIEW_PROGRESS_REPORT;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("comment", "string", false, List.of(Outcomes.REQUEST_CHANGES),
                "which changes; required when changes are requested"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        data.requireNone(completion);
        return List.of(new ReviewProgressReportCommand(caseId, ReportReview.valueOf(completion.outcome())));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        boolean accepted = Outcomes.ACCEPT.equals(completion.outcome());
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome(),
                ProposalLifecycleProcess.Variables.FINAL_REPORT, accepted && facts.lastAcceptedReportWasFinal(caseId));
    }
}
