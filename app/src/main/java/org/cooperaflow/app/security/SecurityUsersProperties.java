package org.cooperaflow.app.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The user directory: each user with a password hash, roles and, for officers, a member state. */
@ConfigurationProperties("cooperaflow.security")
public record SecurityUsersProperties(List<UserEntry> users) {

    public SecurityUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One configured user. */
    public record UserEntry(String username, String password, List<String> roles, String memberState) {
    }
}
