package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** The Board chair was reminded that reviews of this round are still open. */
@Revision("1")
public record BoardChairRemindedEvent(String proposalId, int round) implements ProposalEvent {
}
