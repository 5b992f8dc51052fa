package org.cooperaflow.projections.audit;

import java.time.Instant;

/**
 * A case an auditor can open: its id, its kind (the aggregate type, such as {@code ProjectProposal}), its name, when it
 * started.
 */
public record AuditedCase(String caseId, String kind, String title, Instant startedAt) {
}
