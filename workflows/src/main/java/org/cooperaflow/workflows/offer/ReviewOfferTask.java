package org.cooperaflow.workflows.offer;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.offer.api.PublishCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.RejectCooperationOfferCommand;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Review offer (secretariat): PUBLISH puts the offer in the catalog, REJECT says why in the comment. */
@Component
public class ReviewOfferTask implements UserTaskType {

    private final TaskData data;

    public ReviewOfferTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return OfferReviewProcess.Elements.TASK_REVIEW_OFFER;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("comment", "string", false, List.of(Outcomes.REJECT),
                "why the offer is not published; required to reject it"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        data.requireNone(completion);
        if (Outcomes.PUBLISH.equals(completion.outcome())) {
            return List.of(new PublishCooperationOfferCommand(caseId));
        }
        return List.of(new RejectCooperationOfferCommand(caseId));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(OfferReviewProcess.Variables.OUTCOME, completion.outcome());
    }
}
