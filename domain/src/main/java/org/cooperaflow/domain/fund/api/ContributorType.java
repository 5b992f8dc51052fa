package org.cooperaflow.domain.fund.api;

/** Who contributes to the Development Cooperation Fund (action plan objective 5: close the funding gap). */
public enum ContributorType {
    MEMBER_STATE,
    PERMANENT_OBSERVER,
    PRIVATE_SECTOR,
    /** A philanthropic organisation. */
    PHILANTHROPIC,
    /** A development finance institution. */
    DFI
}
