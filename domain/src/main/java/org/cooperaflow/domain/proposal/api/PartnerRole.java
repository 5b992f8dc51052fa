package org.cooperaflow.domain.proposal.api;

/** The part a partner plays; triangular cooperation needs all three. */
public enum PartnerRole {
    PROVIDER,
    BENEFICIARY,
    FACILITATOR
}
