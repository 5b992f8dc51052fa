package org.cooperaflow.domain.shared;

import java.util.Arrays;

/** Reads the actor's roles and member state from the audit metadata a command carries. */
public final class ActorRoles {

    /** The role of a member state's officer, scoped to that state. */
    public static final String MEMBER_STATE_OFFICER = "member-state";

    private ActorRoles() {
    }

    /** Whether the comma-separated roles contain the given role. */
    public static boolean has(String actorRoles, String role) {
        return actorRoles != null && Arrays.stream(actorRoles.split(",")).map(String::trim).anyMatch(role::equals);
    }

    /** Whether the actor is an officer of the given member state. */
    public static boolean isOfficerOf(String actorRoles, String actorMemberState, String memberState) {
        return has(actorRoles, MEMBER_STATE_OFFICER) && memberState != null && memberState.equals(actorMemberState);
    }

    /** A member-state officer may only act for their own state; other users are not scoped to a state. */
    public static void requireOwnStateIfOfficer(String actorRoles, String actorMemberState, String memberState) {
        if (has(actorRoles, MEMBER_STATE_OFFICER) && !memberState.equals(actorMemberState)) {
            throw new DomainRuleViolation("own-state-only",
                    "an officer of " + actorMemberState + " cannot act for " + memberState);
        }
    }
}
