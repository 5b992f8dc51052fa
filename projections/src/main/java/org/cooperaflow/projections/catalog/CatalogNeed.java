package org.cooperaflow.projections.catalog;

import java.time.Instant;
import java.util.List;
import org.cooperaflow.domain.shared.Money;

/** A need as the public catalog shows it. {@code stage}: PUBLISHED, or ADDRESSED once proposals address it. */
public record CatalogNeed(String id, String memberState, String title, String description, String priority,
                          List<Integer> sdgs, String nationalPlanReference, String modality,
                          Money estimatedBudget, String stage,
                          Instant publishedAt, List<String> addressedBy) {
}
