package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Money;

/** The Board approved a proposal, for an amount and with conditions, on the tally of its review round. */
@Revision("1")
public record ProposalApprovedEvent(
        String proposalId,
        int round,
        Money approvedAmount,
        String conditions,
        BoardTally tally) implements ProposalEvent {
}
