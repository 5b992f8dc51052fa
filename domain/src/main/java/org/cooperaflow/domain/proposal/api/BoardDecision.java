package org.cooperaflow.domain.proposal.api;

/** The Board chair's record of what the Board decided at the end of a review round. */
public enum BoardDecision {
    APPROVE,
    REJECT,
    /** Back to the proposer for revision; a resubmission is screened and reviewed again. */
    REVISE
}
