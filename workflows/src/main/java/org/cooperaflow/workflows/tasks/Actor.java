package org.cooperaflow.workflows.tasks;

import java.util.Objects;
import java.util.Set;

/** The user acting on a task: their id, their roles (Camunda groups) and, for officers, their member state. */
public record Actor(String userId, Set<String> groups, String memberState) {

    public Actor {
        Objects.requireNonNull(userId, "userId is required");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public boolean isAdmin() {
        return groups.contains("admin");
    }
}
