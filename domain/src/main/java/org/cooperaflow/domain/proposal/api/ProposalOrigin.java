package org.cooperaflow.domain.proposal.api;

import java.util.Objects;

/** The match a proposal was started from: the published offer and the need it answers. */
public record ProposalOrigin(String offerId, String cooperationRequestId) {

    public ProposalOrigin {
        Objects.requireNonNull(offerId, "offerId is required");
        Objects.requireNonNull(cooperationRequestId, "cooperationRequestId is required");
    }
}
