package org.cooperaflow.workflows.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One step of a case's workflow task, from Camunda's history: {@code type} TASK_CREATED, TASK_CLAIM, TASK_ASSIGN,
 * TASK_COMPLETE..., TASK_ENDED, by {@code actor} (null when the history names no one), with what Camunda recorded of
 * it in {@code detail}.
 */
public record TaskStep(Instant timestamp, String type, String actor, JsonNode detail, String taskId,
                       String taskName) {
}
