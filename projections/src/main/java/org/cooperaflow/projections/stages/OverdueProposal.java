package org.cooperaflow.projections.stages;

import java.time.Instant;

/** A submitted proposal that has stayed in its stage longer than the stage's deadline ({@code deadline}, ISO 8601). */
public record OverdueProposal(String proposalId, String title, String memberState, String stage, Instant since,
                              String deadline) {
}
