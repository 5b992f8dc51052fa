package org.cooperaflow.domain.proposal.api;

/** The secretariat's finding on a proposal's completeness. */
public enum ScreeningOutcome {
    COMPLETE,
    INCOMPLETE
}
