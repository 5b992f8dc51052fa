package org.cooperaflow.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooperaflow.domain.access.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The configured users; Spring Security signs them in and the workflows ask who holds a role. */
@Component
public class UserDirectory implements UserDetailsService {

    private final Map<String, SecurityUsersProperties.UserEntry> users = new LinkedHashMap<>();

    public UserDirectory(SecurityUsersProperties properties) {
        for (SecurityUsersProperties.UserEntry entry : properties.users()) {
            entry.roles().forEach(Role::of);
            users.put(entry.username(), entry);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        SecurityUsersProperties.UserEntry entry = users.get(username);
        if (entry == null) {
            throw new UsernameNotFoundException(username);
        }
        // a fresh object each time: Spring erases the credentials of the one it signs in
        return new CooperaFlowUser(entry.username(), entry.password(), entry.roles(), entry.memberState());
    }

    public Optional<String> memberStateOf(String username) {
        return Optional.ofNullable(users.get(username)).map(SecurityUsersProperties.UserEntry::memberState);
    }

    /** The users holding a role, in configuration order. */
    public List<String> usersWithRole(Role role) {
        return users.values().stream().filter(u -> u.roles().contains(role.id()))
                .map(SecurityUsersProperties.UserEntry::username).toList();
    }
}
