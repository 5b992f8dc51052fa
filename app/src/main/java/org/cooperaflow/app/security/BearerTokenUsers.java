package org.cooperaflow.app.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.domain.shared.MemberStates;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a bearer token of the agency's identity provider (a JWT whose signature, expiry and issuer Spring Security
 * has checked) into a CooperaFlow user: the name, the roles and the member state come from claims whose names are
 * configuration ({@code cooperaflow.security.jwt.*}), so Keycloak's {@code realm_access.roles} or Entra ID's
 * {@code roles} serve alike. Roles that are not CooperaFlow's are ignored; a token without a name, without any of
 * CooperaFlow's roles, or of a member-state officer without a known member state is refused as invalid (401).
 */
public class BearerTokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String usernameClaim;
    private final String rolesClaim;
    private final String memberStateClaim;

    /** Claim names; a dotted name ({@code realm_access.roles}) reaches into a nested object. */
    public BearerTokenUsers(String usernameClaim, String rolesClaim, String memberStateClaim) {
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
        this.memberStateClaim = memberStateClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object username = claim(jwt, usernameClaim);
        if (!(username instanceof String name) || name.isBlank()) {
            throw new InvalidBearerTokenException("The token has no user name in its claim '" + usernameClaim + "'");
        }
        List<String> roles = roles(claim(jwt, rolesClaim));
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("The token gives none of CooperaFlow's roles in its claim '"
                    + rolesClaim + "'");
        }
        Object state = claim(jwt, memberStateClaim);
        String memberState = state instanceof String code && !code.isBlank() ? code : null;
        if (memberState != null && !MemberStates.isMemberState(memberState)) {
            throw new InvalidBearerTokenException("The token's member state '" + memberState
                    + "' is not an OAS member state");
        }
        if (roles.contains(Role.MEMBER_STATE.id()) && memberState == null) {
            throw new InvalidBearerTokenException("The token of a member-state officer has no member state in its"
                    + " claim '" + memberStateClaim + "'");
        }
        return new BearerAuthentication(new CooperaFlowUser(name, "", roles, memberState), jwt);
    }

    private static List<String> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? Arrays.asList(text.split("[\\s,]+")) : List.of();
        Set<String> ours = new LinkedHashSet<>();
        for (Object value : values) {
            if (value instanceof String role && Arrays.stream(Role.values()).anyMatch(r -> r.id().equals(role))) {
                ours.add(role);
            }
        }
        return new ArrayList<>(ours);
    }

    private static Object claim(Jwt jwt, String path) {
        Object current = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** A user signed in by a bearer token: the CooperaFlow user as principal, the token as credentials. */
    static final class BearerAuthentication extends AbstractAuthenticationToken {

        private final CooperaFlowUser user;
        private final Jwt token;

        BearerAuthentication(CooperaFlowUser user, Jwt token) {
            super(user.getAuthorities());
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }
}
