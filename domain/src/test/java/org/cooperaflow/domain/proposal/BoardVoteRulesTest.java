package org.cooperaflow.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardVoteRulesTest {

    /** Jamaica proposes, Colombia provides. */
    private final ProposalDetails details = ProposalFixtures.details();

    @Test
    void aMemberOfTheProposersOrAPartnersStateMayOnlyRecuse() {
        assertThat(details.proposer().memberState()).isEqualTo("JM");
        assertThat(details.partners()).extracting(Partner::memberState).contains("CO");
        assertThat(BoardVoteRules.allowedVotes(details, "JM")).containsExactly(BoardVote.RECUSE);
        assertThat(BoardVoteRules.allowedVotes(details, "CO")).containsExactly(BoardVote.RECUSE);
        assertThat(BoardVoteRules.allowedVotes(details, "BR")).isEqualTo(EnumSet.allOf(BoardVote.class));
    }

    @Test
    void aMemberWithoutAStateIsNoParty() {
        assertThat(BoardVoteRules.isParty(details, null)).isFalse();
        assertThat(BoardVoteRules.isParty(details, " ")).isFalse();
    }

    @Test
    void theRefusalNamesTheRuleAndTheState() {
        DomainRuleViolation refusal = BoardVoteRules.conflictOfInterest("JM");
        assertThat(refusal.rule()).isEqualTo("conflict-of-interest");
        assertThat(refusal.getMessage()).contains("JM").contains("may only recuse");
    }

    @ParameterizedTest
    @CsvSource({"APPROVE,1,", "APPROVE,5,", "REJECT,3,", "ABSTAIN,,", "ABSTAIN,2,", "RECUSE,,",
            "APPROVE,,score-required", "REJECT,,score-required", "APPROVE,0,score-out-of-range",
            "REJECT,6,score-out-of-range", "ABSTAIN,9,score-out-of-range", "RECUSE,3,recusal-without-score"})
    void scores(BoardVote vote, Integer score, String rule) {
        assertThat(BoardVoteRules.scoreProblem(vote, score).map(DomainRuleViolation::rule))
                .isEqualTo(java.util.Optional.ofNullable(rule));
        BoardVoteRules.scoreProblem(vote, score)
                .ifPresent(problem -> assertThat(problem.getMessage()).startsWith("score: "));
    }

    @Test
    void aFacilitatorIsAPartyToo() {
        ProposalDetails triangular = new ProposalDetails(details.title(), details.summary(), details.proposer(),
                List.of(new Partner("MX", PartnerRole.FACILITATOR)), details.modality(),
                details.measures(), details.sdgs(), details.priority(), details.requestedAmount(),
                details.coFinancing(), details.durationMonths(), details.accountId(), details.cooperationRequestIds(),
                details.indicators());
        assertThat(BoardVoteRules.isParty(triangular, "MX")).isTrue();
    }
}
