package org.cooperaflow.workflows.tasks;

import java.time.Instant;
import java.util.List;

/** A workflow task as the API shows it. */
public record TaskView(
        String id,
        String name,
        String taskDefinitionKey,
        String processDefinitionKey,
        String caseId,
        String assignee,
        List<String> candidateGroups,
        List<String> candidateUsers,
        Instant created,
        Instant due,
        List<String> allowedOutcomes,
        List<TaskField> fields) {
}
