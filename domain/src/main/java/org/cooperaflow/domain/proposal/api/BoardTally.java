package org.cooperaflow.domain.proposal.api;

/** The count of a review round's votes, as the Board decision was recorded. */
public record BoardTally(int approve, int reject, int abstain, int recuse) {

    /** Votes of members who did not recuse themselves: these count toward the quorum. */
    public int nonRecused() {
        return approve + reject + abstain;
    }
}
