package org.cooperaflow.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.app.security.UserDirectory;
import org.cooperaflow.workflows.tasks.Actor;
import org.cooperaflow.workflows.tasks.WorkflowAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Signs a demo user in for one step, as the security filters do for a request: the user is in
 * Spring's security context (so {@code ActorMetadataInterceptor} stamps their name, roles and member
 * state on the commands) and is Camunda's authenticated user (so Camunda's history records who
 * completed each task).
 */
final class DemoUsers {

    /** Every user the demo agency's story needs: the demo users of {@code application-demo.yml}. */
    static final List<String> CAST = List.of(DemoAgency.OFFICER_JM, DemoAgency.OFFICER_CO, DemoAgency.SECRETARIAT,
            DemoAgency.ELIGIBILITY, DemoAgency.BOARD1, DemoAgency.BOARD2, DemoAgency.BOARD3, DemoAgency.BOARD4,
            DemoAgency.CHAIR, DemoAgency.FUND);

    private final UserDirectory directory;
    private final WorkflowAuthentication authentication;

    DemoUsers(UserDirectory directory, WorkflowAuthentication authentication) {
        this.directory = directory;
        this.authentication = authentication;
    }

    /** The users of the cast that the user directory does not know. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String username : CAST) {
            try {
                directory.loadUserByUsername(username);
            } catch (UsernameNotFoundException e) {
                missing.add(username);
            }
        }
        return missing;
    }

    /** Runs the action signed in as the user; the actor is the one {@link CurrentUser#actor()} builds. */
    <T> T as(String username, Function<Actor, T> action) {
        CooperaFlowUser user = (CooperaFlowUser) directory.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Actor actor = CurrentUser.get().actor();
            return authentication.as(actor, () -> action.apply(actor));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
