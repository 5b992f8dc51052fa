package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/**
 * A proposal was started as a draft; {@code origin} names the offer and the need whose match it came from (null for
 * a proposal written from scratch, and in the events stored before offers existed).
 */
@Revision("1")
public record ProposalDraftedEvent(String proposalId, ProposalDetails details, ProposalOrigin origin)
        implements ProposalEvent {

    public ProposalDraftedEvent(String proposalId, ProposalDetails details) {
        this(proposalId, details, null);
    }
}
