package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** An eligibility officer confirmed a proposal eligible; it goes to the Board. */
@Revision("1")
public record EligibilityConfirmedEvent(
        String proposalId,
        boolean overridesRules,
        String justification) implements ProposalEvent {
}
