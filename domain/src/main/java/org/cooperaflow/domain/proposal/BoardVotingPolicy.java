package org.cooperaflow.domain.proposal;

import java.util.Collection;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.shared.DomainRuleViolation;

/**
 * When a Board review round may end in approval.
 *
 * <ul>
 *   <li><b>Quorum</b>: at least {@code quorum} votes of members who did not recuse themselves
 *       (APPROVE, REJECT and ABSTAIN all count; a recusal does not).</li>
 *   <li><b>Majority in favour</b>: more APPROVE than REJECT votes, that is, a majority of the votes
 *       cast for or against. Abstentions make the quorum but do not count for either side, as in
 *       most boards' rules of procedure; recusals count for nothing.</li>
 * </ul>
 * Rejecting or returning a proposal needs neither: the Board may always refuse or send back. The quorum is the
 * application's configuration ({@code cooperaflow.board.quorum}); the aggregate's decision handler is given the
 * policy, no command carries it.
 */
public final class BoardVotingPolicy {

    private final int quorum;

    public BoardVotingPolicy(int quorum) {
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least one vote: " + quorum);
        }
        this.quorum = quorum;
    }

    public int quorum() {
        return quorum;
    }

    public static BoardTally tally(Collection<BoardVote> votes) {
        int approve = 0;
        int reject = 0;
        int abstain = 0;
        int recuse = 0;
        for (BoardVote vote : votes) {
            switch (vote) {
                case APPROVE -> approve++;
                case REJECT -> reject++;
                case ABSTAIN -> abstain++;
                case RECUSE -> recuse++;
            }
        }
        return new BoardTally(approve, reject, abstain, recuse);
    }

    public boolean hasQuorum(BoardTally tally) {
        return tally.nonRecused() >= quorum;
    }

    public static boolean hasMajorityInFavour(BoardTally tally) {
        return tally.approve() > tally.reject();
    }

    public boolean allowsApproval(BoardTally tally) {
        return hasQuorum(tally) && hasMajorityInFavour(tally);
    }

    /** Refuses an approval that the round's votes do not carry. */
    public void requireApproval(BoardTally tally) {
        if (!hasQuorum(tally)) {
            throw new DomainRuleViolation("quorum-not-reached",
                    "approval needs " + quorum + " non-recused votes; the round has " + tally.nonRecused());
        }
        if (!hasMajorityInFavour(tally)) {
            throw new DomainRuleViolation("no-majority-in-favour",
                    "approval needs more votes to approve than to reject; the round has "
                            + tally.approve() + " to " + tally.reject());
        }
    }
}
