package org.cooperaflow.projections.accounts;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;

/** A thematic account of the fund as readers see it: its name, the priorities it serves, its per-project ceiling. */
public record ThematicAccountView(String id, String name, List<CidiPriority> priorities, Money projectCeiling,
                                  Instant openedAt) {
}
