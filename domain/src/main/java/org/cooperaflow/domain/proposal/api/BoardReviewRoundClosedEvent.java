package org.cooperaflow.domain.proposal.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The review round ended before every member had voted (at the deadline): the reason, and the members of the
 * round who had not voted, in the order the round named them. No vote of the round is taken after this.
 */
@Revision("1")
public record BoardReviewRoundClosedEvent(String proposalId, int round, String reason, List<String> notVoted)
        implements ProposalEvent {

    public BoardReviewRoundClosedEvent {
        notVoted = notVoted == null ? List.of() : List.copyOf(notVoted);
    }
}
