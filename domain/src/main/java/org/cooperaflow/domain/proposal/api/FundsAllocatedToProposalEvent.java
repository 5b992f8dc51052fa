package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Money;

/** Money from a fund contribution was allocated to an approved proposal. */
@Revision("1")
public record FundsAllocatedToProposalEvent(
        String proposalId,
        String contributionId,
        Money amount,
        Money totalAllocated) implements ProposalEvent {
}
