package org.cooperaflow.domain.access;

import java.util.Set;

/**
 * What a case shows of itself to the access rules: its kind, whether it is still a draft, whether it is published (a
 * need in the public catalog), the member state whose case it is (the proposer's, the need's) and the states taking
 * part in it (a proposal's partners).
 */
public record CaseScope(Kind kind, boolean draft, boolean published, String ownerState, Set<String> partnerStates) {

    /** The kinds of case, each with its own readers. */
    public enum Kind { PROPOSAL, COOPERATION_REQUEST, CONTRIBUTION, OFFER }

    public CaseScope {
        partnerStates = partnerStates == null ? Set.of() : Set.copyOf(partnerStates);
    }

    public static CaseScope proposal(boolean draft, String proposerState, Set<String> partnerStates) {
        return new CaseScope(Kind.PROPOSAL, draft, false, proposerState, partnerStates);
    }

    /** A need: a draft, one under the secretariat's work, or one published in the catalog (or since addressed). */
    public static CaseScope cooperationRequest(boolean draft, boolean published, String memberState) {
        return new CaseScope(Kind.COOPERATION_REQUEST, draft, published, memberState, Set.of());
    }

    /**
     * An offer: a draft, one under the secretariat's review, or one published in the offers catalog. Its owner state is
     * the offering member state (or the partner institution's); null for a permanent observer's offer.
     */
    public static CaseScope offer(boolean draft, boolean published, String ownerState) {
        return new CaseScope(Kind.OFFER, draft, published, ownerState, Set.of());
    }

    public static CaseScope contribution() {
        return new CaseScope(Kind.CONTRIBUTION, false, false, null, Set.of());
    }
}
