package org.cooperaflow.domain.proposal.api;

import org.axonframework.serialization.Revision;

/** A proposal was submitted to the agency; its lifecycle process starts. */
@Revision("1")
public record ProposalSubmittedEvent(
        String proposalId,
        String proposerMemberState,
        String title) implements ProposalEvent {
}
