package org.cooperaflow.domain.request.api;

import java.util.EnumSet;
import java.util.Set;

/** Where a cooperation request stands. */
public enum CooperationRequestStage {
    DRAFT,
    SUBMITTED,
    UNDER_DIAGNOSIS,
    VALIDATED,
    PUBLISHED,
    ADDRESSED,
    REJECTED,
    WITHDRAWN;

    /**
     * Whether a need in this stage is in the public catalog: published, and still once proposals address it. Only
     * such a need may be addressed by a proposal, and every signed-in user may read it.
     */
    public boolean inCatalog() {
        return catalogStages().contains(this);
    }

    /** The stages of the needs in the public catalog ({@link #inCatalog()}). */
    public static Set<CooperationRequestStage> catalogStages() {
        return EnumSet.of(PUBLISHED, ADDRESSED);
    }
}
