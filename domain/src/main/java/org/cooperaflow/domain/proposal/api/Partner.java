package org.cooperaflow.domain.proposal.api;

import java.util.Objects;

/** A member state taking part in a project, with its role. */
public record Partner(String memberState, PartnerRole role) {

    public Partner {
        Objects.requireNonNull(memberState, "partner member state is required");
        Objects.requireNonNull(role, "partner role is required");
    }
}
