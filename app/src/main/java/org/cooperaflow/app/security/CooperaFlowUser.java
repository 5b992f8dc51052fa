package org.cooperaflow.app.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.domain.access.Role;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: their roles (also their Camunda groups) and, for officers, their member state. */
public class CooperaFlowUser extends User {

    private final List<String> roles;
    private final String memberState;

    public CooperaFlowUser(String username, String password, List<String> roles, String memberState) {
        super(username, password, roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
        roles.forEach(Role::of);
        this.roles = List.copyOf(roles);
        this.memberState = memberState;
    }

    public List<String> roles() {
        return roles;
    }

    public String memberState() {
        return memberState;
    }

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Whether the authentication is a signed-in user's: present, authenticated, not the anonymous one. */
    public static boolean isSignedIn(Authentication authentication) {
        return TRUST.isAuthenticated(authentication);
    }

    public static Set<String> rolesOf(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
