package org.cooperaflow.app.security;

import java.util.List;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.workflows.proposal.BoardMembers;
import org.springframework.stereotype.Component;

/** The Board is whoever holds role {@code board} in the user directory, in its configuration order. */
@Component
public class BoardMembersFromDirectory implements BoardMembers {

    private final UserDirectory users;

    public BoardMembersFromDirectory(UserDirectory users) {
        this.users = users;
    }

    @Override
    public List<String> userIds() {
        return users.usersWithRole(Role.BOARD);
    }
}
