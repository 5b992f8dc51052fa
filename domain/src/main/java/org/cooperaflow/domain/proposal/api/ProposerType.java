package org.cooperaflow.domain.proposal.api;

/** Who puts a proposal forward: a member state, or a partner institution sponsored by one. */
public enum ProposerType {
    MEMBER_STATE,
    PARTNER_INSTITUTION
}
