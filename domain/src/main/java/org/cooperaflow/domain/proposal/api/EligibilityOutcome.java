package org.cooperaflow.domain.proposal.api;

/** The eligibility officer's ruling on a proposal. */
public enum EligibilityOutcome {
    ELIGIBLE,
    INELIGIBLE
}
