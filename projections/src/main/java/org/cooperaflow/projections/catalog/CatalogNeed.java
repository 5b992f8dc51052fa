package org.cooperaflow.projections.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A need as the public catalog shows it. {@code stage}: PUBLISHED, or ADDRESSED once proposals address it. */
public record CatalogNeed(String id, String memberState, String title, String description, String priority,
                          List<Integer> sdgs, String nationalPlanReference, String modality,
                          BigDecimal estimatedBudgetAmount, String estimatedBudgetCurrency, String stage,
                          Instant publishedAt, List<String> addressedBy) {
}
