package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The secretariat's completeness screening of a proposal began. */
@Revision("1")
public record ProposalScreeningBegunEvent(String proposalId, int round) implements ProposalEvent {
}
