package org.cooperaflow.domain.shared;

/** Whether a member state takes part in the OAS and so in the agency's cooperation. */
public enum ParticipationStatus {
    ACTIVE,
    MEMBER_NOT_PARTICIPATING,
    WITHDRAWN;

    public boolean participates() {
        return this == ACTIVE;
    }
}
