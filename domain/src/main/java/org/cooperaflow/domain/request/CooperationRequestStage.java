package org.cooperaflow.domain.request;

/** Where a cooperation request stands. */
public enum CooperationRequestStage {
    DRAFT,
    SUBMITTED,
    UNDER_DIAGNOSIS,
    VALIDATED,
    PUBLISHED,
    ADDRESSED,
    REJECTED,
    WITHDRAWN
}
