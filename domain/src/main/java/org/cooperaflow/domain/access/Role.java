package org.cooperaflow.domain.access;

import java.util.Arrays;

/** The roles of CooperaFlow's users; each is also a Camunda group of the same name. */
public enum Role {
    MEMBER_STATE("member-state"),
    SECRETARIAT("secretariat"),
    ELIGIBILITY("eligibility"),
    BOARD("board"),
    BOARD_CHAIR("board-chair"),
    FUND_MANAGER("fund-manager"),
    MANAGER("manager"),
    AUDITOR("auditor"),
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The role's name as users and Camunda groups know it, such as {@code board-chair}. */
    public String id() {
        return id;
    }

    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role: " + id));
    }
}
