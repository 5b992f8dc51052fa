package org.cooperaflow.app.config.camunda;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the signed-in Spring Security user Camunda's authenticated user, with their roles as
 * groups (an officer also in {@code member-state-<ISO2>}), for the length of the request: Camunda's
 * history then records who claimed and completed each task.
 */
public class CamundaAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    public CamundaAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!CooperaFlowUser.isSignedIn(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = new ArrayList<>(CooperaFlowUser.rolesOf(authentication.getAuthorities()));
        if (authentication.getPrincipal() instanceof CooperaFlowUser user && user.memberState() != null
                && groups.contains(Role.MEMBER_STATE.id())) {
            groups.add(ProposalLifecycleProcess.Groups.memberState(user.memberState()));
        }
        identityService.setAuthentication(authentication.getName(), groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
