package org.cooperaflow.workflows.proposal;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ReportReview;
import org.cooperaflow.domain.proposal.api.ReviewProgressReportCommand;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/**
 * Review progress report (secretariat): ACCEPT opens the next period or, after the final report
 * ({@code finalReport}, set on submission), the evaluation; REQUEST_CHANGES reopens the report.
 */
@Component
public class ReviewProgressReportTask implements UserTaskType {

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
        return List.of(new ReviewProgressReportCommand(caseId, ReportReview.valueOf(completion.outcome())));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(ProposalLifecycleProcess.Variables.OUTCOME, completion.outcome());
    }
}
