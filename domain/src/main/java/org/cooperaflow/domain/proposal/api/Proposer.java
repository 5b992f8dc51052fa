package org.cooperaflow.domain.proposal.api;

import java.util.Objects;

/** The proposer of a project: its type, its member state, and for an institution its name. */
public record Proposer(ProposerType type, String memberState, String name) {

    public Proposer {
        Objects.requireNonNull(type, "proposer type is required");
        Objects.requireNonNull(memberState, "proposer member state is required");
    }
}
