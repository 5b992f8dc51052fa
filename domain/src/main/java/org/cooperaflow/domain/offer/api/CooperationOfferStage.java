package org.cooperaflow.domain.offer.api;

/** Where a cooperation offer stands; only a published one is in the public catalog and matched with needs. */
public enum CooperationOfferStage {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN
}
