package org.cooperaflow.domain.proposal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.shared.DomainRuleViolation;

/**
 * What one Board member may vote on a proposal, asked by the aggregate when the vote is cast and by the review task
 * when it offers its outcomes, so that both say the same.
 *
 * <ul>
 *   <li><b>Conflict of interest</b>: a member of the proposer's or a partner's state may only recuse. The member's
 *       state is the signed-in member's own, never one a caller names.</li>
 *   <li><b>Scores</b>: APPROVE and REJECT take a score from 1 to 5; ABSTAIN may; RECUSE takes none.</li>
 * </ul>
 */
public final class BoardVoteRules {

    private BoardVoteRules() {
    }

    /** Whether a member of this state is a party to the proposal: the proposer's or a partner's state. */
    public static boolean isParty(ProposalDetails details, String memberState) {
        return memberState != null && !memberState.isBlank()
                && (memberState.equals(details.proposer().memberState())
                || details.partners().stream().map(Partner::memberState).anyMatch(memberState::equals));
    }

    /** The votes a member of this state may cast on the proposal. */
    public static Set<BoardVote> allowedVotes(ProposalDetails details, String memberState) {
        return isParty(details, memberState) ? EnumSet.of(BoardVote.RECUSE) : EnumSet.allOf(BoardVote.class);
    }

    /** The refusal of a vote other than RECUSE by a member who is a party (422, rule {@code conflict-of-interest}). */
    public static DomainRuleViolation conflictOfInterest(String memberState) {
        return new DomainRuleViolation("conflict-of-interest",
                "a Board member of " + memberState + ", the proposer's or a partner's state, may only recuse");
    }

    /** What is wrong with the vote's score, if anything; its message begins with the field, {@code score: }. */
    public static Optional<DomainRuleViolation> scoreProblem(BoardVote vote, Integer score) {
        if (score != null && (score < 1 || score > 5)) {
            return Optional.of(new DomainRuleViolation("score-out-of-range",
                    "score: must be from 1 to 5, was " + score));
        }
        if (score == null && (vote == BoardVote.APPROVE || vote == BoardVote.REJECT)) {
            return Optional.of(new DomainRuleViolation("score-required",
                    "score: a vote to " + vote + " needs a score from 1 to 5"));
        }
        if (score != null && vote == BoardVote.RECUSE) {
            return Optional.of(new DomainRuleViolation("recusal-without-score",
                    "score: a member who recuses does not score"));
        }
        return Optional.empty();
    }
}
