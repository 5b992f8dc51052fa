package org.cooperaflow.projections.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.Money;

/**
 * Everything a proposal's events tell, as it stood at a moment: what it says, each stay in a stage, every screening,
 * the eligibility rules' findings and the officer's rulings, each Board review round with every member's vote and the
 * chair's decision, the allocations, the progress reports and their reviews, the final evaluation; and the moments a
 * decision was taken, to look at the proposal as it stood then. Who acted and their comment come from each event's
 * metadata.
 */
public record ProposalDossier(
        String id,
        ProposalStage stage,
        long version,
        ProposalDetails details,
        Instant draftedAt,
        Instant submittedAt,
        Instant updatedAt,
        Instant asOf,
        List<StageStay> timeline,
        List<Screening> screenings,
        List<EligibilityFinding> findings,
        List<EligibilityRuling> rulings,
        List<ReviewRound> rounds,
        Money approvedAmount,
        String approvalConditions,
        List<Allocation> allocations,
        Money allocatedTotal,
        LocalDate startDate,
        List<ProgressReport> reports,
        List<OverdueReport> overdueReports,
        Evaluation evaluation,
        List<Moment> moments) {

    /** A stay in one stage: entered, left (null while it lasts). */
    public record StageStay(ProposalStage stage, Instant enteredAt, Instant leftAt) {
    }

    /** The secretariat's screening for completeness. */
    public record Screening(int round, String outcome, String actor, String comment, Instant at) {
    }

    /** What the eligibility rules found: the decision table's version, its inputs, the failed criteria. */
    public record EligibilityFinding(String decisionKey, Integer decisionVersion, boolean eligibleByRules,
                                     List<String> reasons, Map<String, Object> inputs, Instant at) {
    }

    /** The eligibility officer's ruling, and whether it overrides the rules' finding (then with a justification). */
    public record EligibilityRuling(boolean eligible, boolean overridesRules, String justification, String actor,
                                    String comment, Instant at) {
    }

    /** A Board member's vote (or recusal) in a round, with the score and comment they gave. */
    public record Vote(String voter, String voterMemberState, String vote, Integer score, String comment, Instant at) {
    }

    /** The chair's decision that ended a round. */
    public record Decision(String decision, String conditions, BoardTally tally, Money approvedAmount, String actor,
                           String comment, Instant at) {
    }

    /**
     * A Board review round: its votes, whether it was closed by its deadline (with the members who did not vote), and
     * the chair's decision, once taken.
     */
    public record ReviewRound(int round, Instant openedAt, List<Vote> votes, Instant closedAt, String closeReason,
                              List<String> notVoted, boolean chairReminded, Decision decision) {
    }

    /** USD given to the proposal from a contribution. */
    public record Allocation(String contributionId, Money amount, Money totalAllocated, String actor, Instant at) {
    }

    /** A value an indicator of the results framework reached. */
    public record IndicatorReading(String name, BigDecimal value) {
    }

    /** A progress report and the secretariat's review of it ({@code review} null while it waits). */
    public record ProgressReport(String period, Money expenditure, List<IndicatorReading> indicators,
                                 boolean finalReport, String submittedBy, String comment, Instant submittedAt,
                                 String review, String reviewedBy, String reviewComment, Instant reviewedAt) {
    }

    /** A report that fell due without being submitted. */
    public record OverdueReport(int period, LocalDate dueDate, Instant at) {
    }

    /** The final evaluation's rating per OECD DAC criterion. */
    public record Evaluation(Map<DacCriterion, Integer> ratings, String actor, String comment, Instant at) {
    }

    /** A moment a decision was taken: what (the event's name), by whom, when. */
    public record Moment(Instant at, String what, String actor) {
    }

}
