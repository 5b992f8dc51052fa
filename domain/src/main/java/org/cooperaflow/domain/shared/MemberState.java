package org.cooperaflow.domain.shared;

import java.util.Objects;

/** One of the 35 OAS member states, by ISO 3166-1 alpha-2 code, with its participation status. */
public record MemberState(String code, String nameEn, String nameFr, String nameEs, ParticipationStatus status) {

    public MemberState {
        Objects.requireNonNull(code, "code is required");
        Objects.requireNonNull(status, "status is required");
    }

    public boolean participates() {
        return status.participates();
    }
}
