package org.cooperaflow.domain.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/**
 * Given-events of a proposal at each stage of its life: a South-South education project proposed
 * by Jamaica (JM) with Colombia (CO) as provider, asking for USD 150,000.
 */
final class ProposalFixtures {

    static final String ID = "proposal-1";
    static final String TITLE = "Teacher training in digital skills";
    static final Money REQUESTED = Money.usd("150000.00");
    static final String SCREENER = "secretariat";
    static final String DECISION_KEY = "fcd-eligibility";
    static final LocalDate START = LocalDate.of(2027, 1, 15);

    private ProposalFixtures() {
    }

    static ProposalDetails details() {
        return new ProposalDetails(TITLE, "Train 400 teachers in digital pedagogy",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY)),
                Modality.SOUTH_SOUTH, List.of("2.4"), List.of(4, 9), CidiPriority.EDUCATION,
                REQUESTED, Money.usd("20000.00"), 18, "account-education", List.of(),
                List.of(new Indicator("Teachers trained", "people", java.math.BigDecimal.ZERO,
                        new java.math.BigDecimal("400"))));
    }

    /** The metadata a command carries when the given user sends it. */
    static Map<String, Object> as(String actor, String roles, String memberState) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.ACTOR, actor);
        metadata.put(AuditMetadata.ACTOR_ROLES, roles);
        if (memberState != null) {
            metadata.put(AuditMetadata.ACTOR_MEMBER_STATE, memberState);
        }
        return metadata;
    }

    static Map<String, Object> as(String actor, String roles) {
        return as(actor, roles, null);
    }

    static Map<String, Object> withReason(Map<String, Object> metadata, String reason) {
        Map<String, Object> copy = new HashMap<>(metadata);
        copy.put(AuditMetadata.REASON, reason);
        return copy;
    }

    static Map<String, Object> officerOf(String memberState) {
        return as("officer-" + memberState.toLowerCase(), "member-state", memberState);
    }

    /** An event as stored with the actor who caused it. */
    static EventMessage<?> by(String actor, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(AuditMetadata.ACTOR, actor));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(events));
        return all;
    }

    static List<Object> drafted() {
        return List.of(new ProposalDraftedEvent(ID, details()));
    }

    static List<Object> submitted() {
        return plus(drafted(), new ProposalSubmittedEvent(ID, "JM", TITLE));
    }

    static List<Object> inScreening() {
        return plus(submitted(), new ProposalScreeningBegunEvent(ID, 1));
    }

    static List<Object> returnedAsIncomplete() {
        return plus(inScreening(), by(SCREENER, new ProposalScreenedEvent(ID, ScreeningOutcome.INCOMPLETE)));
    }

    static List<Object> inEligibility() {
        return plus(inScreening(), by(SCREENER, new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE)));
    }

    static EligibilityAssessedEvent assessed(String... reasons) {
        return new EligibilityAssessedEvent(ID, DECISION_KEY, 1, Map.of("requestedAmount", 150000),
                List.of(reasons), reasons.length == 0);
    }

    static List<Object> assessedEligible() {
        return plus(inEligibility(), assessed());
    }

    static List<Object> assessedIneligible() {
        return plus(inEligibility(), assessed("requested amount above the account's ceiling"));
    }

    static List<Object> inBoardReview() {
        return plus(assessedEligible(), new EligibilityConfirmedEvent(ID, false, null), new BoardReviewOpenedEvent(ID, 1));
    }

    static BoardVoteCastEvent vote(String voter, String state, BoardVote vote, Integer score) {
        return new BoardVoteCastEvent(ID, 1, voter, state, vote, score);
    }

    /** Two in favour, one against, the Jamaican member recused: quorum 3 and a majority in favour. */
    static List<Object> votedInFavour() {
        return plus(inBoardReview(),
                vote("board1", "JM", BoardVote.RECUSE, null),
                vote("board2", "BR", BoardVote.APPROVE, 4),
                vote("board3", "US", BoardVote.APPROVE, 5),
                vote("chair", "MX", BoardVote.REJECT, 2));
    }

    /** Returned by the Board in round 1, revised, resubmitted and screened again in round 2. */
    static List<Object> eligibleAgainAfterBoardRevision() {
        return plus(votedInFavour(),
                new ProposalReturnedForRevisionEvent(ID, 1, "Add a sustainability plan"),
                new ProposalResubmittedEvent(ID),
                new ProposalScreeningBegunEvent(ID, 2),
                by(SCREENER, new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE)),
                assessed());
    }

    static List<Object> approved() {
        return plus(votedInFavour(), new ProposalApprovedEvent(ID, 1, REQUESTED, "Quarterly reports",
                new BoardTally(2, 1, 0, 1)));
    }

    static List<Object> partlyFunded() {
        return plus(approved(), new FundsAllocatedToProposalEvent(ID, "contribution-1", Money.usd("100000.00"),
                Money.usd("100000.00")));
    }

    static List<Object> funded() {
        return plus(partlyFunded(),
                new FundsAllocatedToProposalEvent(ID, "contribution-2", Money.usd("50000.00"), REQUESTED),
                new ProposalFundedEvent(ID, REQUESTED));
    }

    static List<Object> inExecution() {
        return plus(funded(), new ProjectStartedEvent(ID, START));
    }

    static ProgressReportSubmittedEvent report(String period, boolean finalReport) {
        return new ProgressReportSubmittedEvent(ID, period, Money.usd("30000.00"),
                List.of(new IndicatorValue("Teachers trained", new java.math.BigDecimal("80"))), finalReport);
    }

    static List<Object> reportAwaitingReview(boolean finalReport) {
        return plus(inExecution(), report("2027-Q1", finalReport));
    }

    static List<Object> inFinalEvaluation() {
        return plus(reportAwaitingReview(true), new ProgressReportAcceptedEvent(ID, "2027-Q1", true));
    }

    static Map<DacCriterion, Integer> allRatings(int rating) {
        Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
        for (DacCriterion criterion : DacCriterion.values()) {
            ratings.put(criterion, rating);
        }
        return ratings;
    }
}
