package org.cooperaflow.projections.audit;

import java.time.Instant;

/**
 * One domain event of a case as the auditor reads it: who ({@code actor}), why ({@code reason}),
 * through which task, its payload as stored (JSON text) and its chain hash (null until chained).
 * {@code hashMatches} says whether the stored row still gives the recorded hash: false when it was changed
 * after it was chained (null until chained).
 */
public record CaseEvent(long globalIndex, long sequence, Instant timestamp, String type, String actor,
                        String actorRoles, String reason, String taskId, String processInstanceId, String payload,
                        String hash, Boolean hashMatches) {
}
