package org.cooperaflow.domain.offer.api;

/** Who offers: a member state, a partner institution of a member state, or a permanent observer of the OAS. */
public enum OffererType {
    MEMBER_STATE,
    PARTNER_INSTITUTION,
    PERMANENT_OBSERVER
}
