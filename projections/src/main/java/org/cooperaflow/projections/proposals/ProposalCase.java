package org.cooperaflow.projections.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalStage;

/**
 * A proposal as its events tell it, at a moment: stage, version (its last event's sequence
 * number), what it says, the history of its stages, the latest Board round's votes and the
 * eligibility rules' latest finding.
 */
public record ProposalCase(
        String id,
        ProposalStage stage,
        long version,
        ProposalDetails details,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt,
        List<StageVisit> history,
        int reviewRound,
        List<Vote> votes,
        EligibilityAssessment eligibilityAssessment) {

    /**
     * What the eligibility rules found in the latest assessment: the eligibility officer confirms it,
     * or overrides it with a justification.
     */
    public record EligibilityAssessment(String decisionKey, Integer decisionVersion, boolean eligibleByRules,
                                        List<String> reasons, Map<String, Object> inputs, Instant assessedAt) {
    }

    /** A Board vote of the latest review round ({@code reviewRound}), as cast at {@code castAt}. */
    public record Vote(String voter, String voterMemberState, String vote, Integer score, Instant castAt) {
    }

    /** A stay in one stage: when it began and, unless it is the current one, when it ended. */
    public record StageVisit(ProposalStage stage, Instant enteredAt, Instant leftAt) {
    }
}
