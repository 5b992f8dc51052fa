package org.cooperaflow.app.api.dashboard;

import java.util.Arrays;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Role checks of the read-model endpoints: a refused role is a 403 problem. */
public final class Roles {

    private Roles() {
    }

    public static void requireAny(String what, Role... roles) {
        CurrentUser user = CurrentUser.get();
        if (Arrays.stream(roles).noneMatch(user::has)) {
            throw new AccessDeniedException("only " + Arrays.stream(roles).map(Role::id).toList() + " may read " + what);
        }
    }
}
