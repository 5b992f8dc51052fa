package org.cooperaflow.app.api;

import java.util.Set;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.domain.access.Requester;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.workflows.tasks.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the request, as the controllers and the workflows need them. */
public record CurrentUser(String username, Set<String> roles, String memberState) {

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String memberState = authentication.getPrincipal() instanceof CooperaFlowUser user ? user.memberState() : null;
        return new CurrentUser(authentication.getName(), CooperaFlowUser.rolesOf(authentication.getAuthorities()),
                memberState);
    }

    public boolean has(Role role) {
        return roles.contains(role.id());
    }

    /** A member-state officer and nothing more: sees only their own state's drafts and cases. */
    public boolean isOfficerOnly() {
        return requester().isOfficerOnly();
    }

    /** As the case-access policy sees the user. */
    public Requester requester() {
        return new Requester(username, roles, memberState);
    }

    /** As the workflows see the user: an officer is also in the group of their own state, {@code member-state-JM}. */
    public Actor actor() {
        Set<String> groups = new java.util.TreeSet<>(roles);
        if (has(Role.MEMBER_STATE) && memberState != null) {
            groups.add(org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Groups.memberState(memberState));
        }
        return new Actor(username, groups, memberState);
    }
}
