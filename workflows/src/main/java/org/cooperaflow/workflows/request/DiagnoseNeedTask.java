package org.cooperaflow.workflows.request;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.request.api.PublishCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RejectCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Outcomes;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.UserTaskType;
import org.springframework.stereotype.Component;

/** Diagnose need (secretariat): PUBLISH puts the need in the catalog, REJECT says why (duplicate, out of scope, incomplete). */
@Component
public class DiagnoseNeedTask implements UserTaskType {

    /** {@code data} of the task. */
    record Data(RequestRejectionReason reason) {
    }

    private final TaskData data;

    public DiagnoseNeedTask(TaskData data) {
        this.data = data;
    }

    @Override
    public String taskDefinitionKey() {
        return CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED;
    }

    @Override
    public List<String> allowedOutcomes() {
        return Outcomes.BY_TASK.get(taskDefinitionKey());
    }

    @Override
    public List<TaskField> fields() {
        return List.of(new TaskField("reason", "string", true, List.of(Outcomes.REJECT),
                "DUPLICATE, OUT_OF_SCOPE or INCOMPLETE"));
    }

    @Override
    public List<Object> commands(String caseId, TaskCompletion completion) {
        Data read = data.read(completion, Data.class);
        if (Outcomes.PUBLISH.equals(completion.outcome())) {
            return List.of(new PublishCooperationRequestCommand(caseId));
        }
        if (read.reason() == null) {
            throw TaskData.invalid(Map.of("data.reason", "is required to reject: DUPLICATE, OUT_OF_SCOPE or INCOMPLETE"));
        }
        return List.of(new RejectCooperationRequestCommand(caseId, read.reason()));
    }

    @Override
    public Map<String, Object> variables(String caseId, TaskCompletion completion) {
        return Map.of(CooperationRequestProcess.Variables.OUTCOME, completion.outcome());
    }
}
