package org.cooperaflow.domain.access;

import java.util.Set;

/**
 * Who asks to see or do something: their user name, their roles (by id, such as {@code board-chair}) and, for a
 * member-state officer, their state.
 */
public record Requester(String username, Set<String> roles, String memberState) {

    public Requester {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role.id());
    }

    /** A member-state officer and nothing more: sees only their own state's drafts and cases. */
    public boolean isOfficerOnly() {
        return has(Role.MEMBER_STATE) && roles.size() == 1;
    }

    /** An officer of the given member state: may file and act for it. */
    public boolean isOfficerOf(String state) {
        return has(Role.MEMBER_STATE) && memberState != null && memberState.equals(state);
    }
}
