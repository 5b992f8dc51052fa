package org.cooperaflow.domain.shared;

/** How cooperation flows between the parties. */
public enum Modality {
    BILATERAL,
    MULTILATERAL,
    SOUTH_SOUTH,
    TRIANGULAR
}
