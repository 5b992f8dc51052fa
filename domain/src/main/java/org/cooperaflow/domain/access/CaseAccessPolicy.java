package org.cooperaflow.domain.access;

/**
 * Who may see and act on which case, in one place for the API, the pages and the task list (ADR 0011).
 *
 * <ul>
 *   <li>A draft exists only for the officers of its state: for anyone else it does not exist at all.</li>
 *   <li>Once submitted, a proposal or a need is seen by every signed-in user who is not only a member-state
 *       officer; an officer sees their own state's cases and the proposals their state takes part in.</li>
 *   <li>A contribution is seen by those who may read the fund's books.</li>
 *   <li>Only an officer of the case's state acts as its owner: drafts, edits, submits, resubmits, withdraws.</li>
 *   <li>An offer is the offering state's case as a need is; a permanent observer's offer, which no officer holds, is
 *       recorded and acted on by the secretariat. A published offer is in the public catalog.</li>
 * </ul>
 * Rules of the business that involve the actor (conflict of interest, four eyes) stay with the aggregates;
 * who may complete a task is the task's candidates' business.
 */
public final class CaseAccessPolicy {

    private CaseAccessPolicy() {
    }

    /** Whether the case exists for the requester (the API answers 404 for a case that does not). */
    public static boolean maySee(Requester requester, CaseScope scope) {
        boolean ownState = requester.isOfficerOf(scope.ownerState());
        return switch (scope.kind()) {
            case PROPOSAL -> scope.draft() ? ownState : !requester.isOfficerOnly() || ownState
                    || (requester.memberState() != null && scope.partnerStates().contains(requester.memberState()));
            // a published need is in the public catalog: every signed-in user reads it
            case COOPERATION_REQUEST -> scope.draft() ? ownState
                    : scope.published() || !requester.isOfficerOnly() || ownState;
            case CONTRIBUTION -> may(requester, Capability.READ_FUNDS);
            case OFFER -> scope.draft() ? mayActAsOwner(requester, scope)
                    : scope.published() || !requester.isOfficerOnly() || ownState;
        };
    }

    /** Whether the requester acts for the case's owner: an officer of its state. */
    public static boolean mayActAsOwner(Requester requester, CaseScope scope) {
        if (scope.kind() == CaseScope.Kind.OFFER && scope.ownerState() == null) {
            return requester.has(Role.SECRETARIAT);
        }
        return requester.isOfficerOf(scope.ownerState());
    }

    /**
     * Whether the requester may file an offer for the member state (an officer of it), or, with a null state, for a
     * permanent observer (the secretariat).
     */
    public static boolean mayOfferFor(Requester requester, String memberState) {
        return mayActAsOwner(requester, CaseScope.offer(true, false, memberState));
    }

    /** Whether the requester may file a new need or proposal for the member state. */
    public static boolean mayFileFor(Requester requester, String memberState) {
        return requester.isOfficerOf(memberState);
    }

    public static boolean may(Requester requester, Capability capability) {
        return capability.holders().stream().anyMatch(requester::has);
    }

    /** The state whose drafts a list shows the requester (an officer's own), or null for none. */
    public static String draftsVisibleOf(Requester requester) {
        return requester.has(Role.MEMBER_STATE) ? requester.memberState() : null;
    }

    /**
     * The state whose cases alone a list shows the requester, or null for every state: an officer-only requester
     * sees their own state's.
     */
    public static String listScope(Requester requester) {
        return requester.isOfficerOnly() ? requester.memberState() : null;
    }
}
