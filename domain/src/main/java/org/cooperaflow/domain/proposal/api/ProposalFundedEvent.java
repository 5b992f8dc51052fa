package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Money;

/** The funds allocated to a proposal reached its approved amount. */
@Revision("1")
public record ProposalFundedEvent(String proposalId, Money totalAllocated) implements ProposalEvent {
}
