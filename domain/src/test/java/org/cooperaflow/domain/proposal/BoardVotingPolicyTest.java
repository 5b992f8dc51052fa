package org.cooperaflow.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperaflow.domain.proposal.api.BoardVote.ABSTAIN;
import static org.cooperaflow.domain.proposal.api.BoardVote.APPROVE;
import static org.cooperaflow.domain.proposal.api.BoardVote.RECUSE;
import static org.cooperaflow.domain.proposal.api.BoardVote.REJECT;

import java.util.List;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class BoardVotingPolicyTest {

    private final BoardVotingPolicy policy = new BoardVotingPolicy(3);

    @Test
    void defaultQuorumIsThreeVotes() {
        assertThat(policy.quorum()).isEqualTo(3);
    }

    @Test
    void talliesEveryKindOfVote() {
        assertThat(BoardVotingPolicy.tally(List.of(APPROVE, APPROVE, REJECT, ABSTAIN, RECUSE, RECUSE)))
                .isEqualTo(new BoardTally(2, 1, 1, 2));
    }

    @Test
    void recusalsDoNotMakeTheQuorum() {
        assertThat(policy.hasQuorum(BoardVotingPolicy.tally(List.of(APPROVE, APPROVE, RECUSE, RECUSE)))).isFalse();
    }

    @Test
    void abstentionsMakeTheQuorum() {
        assertThat(policy.hasQuorum(BoardVotingPolicy.tally(List.of(APPROVE, ABSTAIN, ABSTAIN)))).isTrue();
    }

    @Test
    void majorityInFavourNeedsMoreApprovalsThanRejections() {
        assertThat(BoardVotingPolicy.hasMajorityInFavour(new BoardTally(2, 1, 0, 0))).isTrue();
        assertThat(BoardVotingPolicy.hasMajorityInFavour(new BoardTally(1, 1, 0, 0))).isFalse();
        assertThat(BoardVotingPolicy.hasMajorityInFavour(new BoardTally(0, 0, 3, 0))).isFalse();
    }

    @Test
    void abstentionsCountForNeitherSide() {
        assertThat(policy.allowsApproval(new BoardTally(1, 0, 4, 0))).isTrue();
    }

    @Test
    void allowsApprovalWithQuorumAndMajority() {
        assertThatCode(() -> policy.requireApproval(new BoardTally(2, 1, 0, 1))).doesNotThrowAnyException();
    }

    @Test
    void refusesApprovalWithoutQuorum() {
        assertThatThrownBy(() -> policy.requireApproval(new BoardTally(2, 0, 0, 3)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("quorum-not-reached"));
    }

    @Test
    void refusesApprovalOnATie() {
        assertThatThrownBy(() -> policy.requireApproval(new BoardTally(2, 2, 0, 0)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("no-majority-in-favour"));
    }

    @Test
    void appliesAConfiguredQuorum() {
        assertThat(new BoardVotingPolicy(5).hasQuorum(new BoardTally(4, 0, 0, 0))).isFalse();
        assertThat(new BoardVotingPolicy(1).allowsApproval(new BoardTally(1, 0, 0, 3))).isTrue();
    }

    @Test
    void refusesAQuorumOfNoVotes() {
        assertThatThrownBy(() -> new BoardVotingPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
