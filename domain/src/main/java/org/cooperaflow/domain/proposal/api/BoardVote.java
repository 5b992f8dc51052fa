package org.cooperaflow.domain.proposal.api;

/** A Board member's vote on a proposal under review. */
public enum BoardVote {
    APPROVE,
    REJECT,
    ABSTAIN,
    /** The member stands aside, as a member of the proposer's or a partner's state must. */
    RECUSE
}
