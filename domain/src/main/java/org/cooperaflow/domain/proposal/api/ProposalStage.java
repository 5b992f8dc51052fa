package org.cooperaflow.domain.proposal.api;

/** Where a project proposal stands in its lifecycle. */
public enum ProposalStage {
    DRAFT,
    SUBMITTED,
    SCREENING,
    RETURNED_FOR_REVISION,
    ELIGIBILITY,
    INELIGIBLE,
    BOARD_REVIEW,
    APPROVED,
    REJECTED,
    FUNDED,
    IN_EXECUTION,
    SUSPENDED,
    FINAL_EVALUATION,
    CLOSED,
    WITHDRAWN
}
