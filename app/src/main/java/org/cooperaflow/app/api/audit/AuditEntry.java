package org.cooperaflow.app.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One line of a case's decision history. {@code source} EVENT: a domain event (with its
 * {@code sequence}, {@code payload} and chain {@code hash}); WORKFLOW: a step of a workflow task
 * (TASK_CREATED, TASK_CLAIM, TASK_ASSIGN, TASK_COMPLETE, TASK_ENDED...), by {@code actor}. {@code hashMatches}
 * is false for an event whose stored row no longer gives its recorded hash: it was changed after the fact.
 * {@code actorRoles}: the roles the actor of an event held when they acted (comma-separated; none for a task step).
 */
public record AuditEntry(String source, Long sequence, Instant timestamp, String type, String actor, String actorRoles,
                         String reason, JsonNode payload, String taskId, String taskName, String hash,
                         Boolean hashMatches) {
}
