package org.cooperaflow.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.domain.proposal.ProposalFixtures.ID;
import static org.cooperaflow.domain.proposal.ProposalFixtures.REQUESTED;
import static org.cooperaflow.domain.proposal.ProposalFixtures.SCREENER;
import static org.cooperaflow.domain.proposal.ProposalFixtures.START;
import static org.cooperaflow.domain.proposal.ProposalFixtures.TITLE;
import static org.cooperaflow.domain.proposal.ProposalFixtures.allRatings;
import static org.cooperaflow.domain.proposal.ProposalFixtures.approved;
import static org.cooperaflow.domain.proposal.ProposalFixtures.as;
import static org.cooperaflow.domain.proposal.ProposalFixtures.assessed;
import static org.cooperaflow.domain.proposal.ProposalFixtures.assessedEligible;
import static org.cooperaflow.domain.proposal.ProposalFixtures.assessedIneligible;
import static org.cooperaflow.domain.proposal.ProposalFixtures.details;
import static org.cooperaflow.domain.proposal.ProposalFixtures.drafted;
import static org.cooperaflow.domain.proposal.ProposalFixtures.eligibleAgainAfterBoardRevision;
import static org.cooperaflow.domain.proposal.ProposalFixtures.funded;
import static org.cooperaflow.domain.proposal.ProposalFixtures.inBoardReview;
import static org.cooperaflow.domain.proposal.ProposalFixtures.inEligibility;
import static org.cooperaflow.domain.proposal.ProposalFixtures.inExecution;
import static org.cooperaflow.domain.proposal.ProposalFixtures.inFinalEvaluation;
import static org.cooperaflow.domain.proposal.ProposalFixtures.inScreening;
import static org.cooperaflow.domain.proposal.ProposalFixtures.officerOf;
import static org.cooperaflow.domain.proposal.ProposalFixtures.partlyFunded;
import static org.cooperaflow.domain.proposal.ProposalFixtures.plus;
import static org.cooperaflow.domain.proposal.ProposalFixtures.report;
import static org.cooperaflow.domain.proposal.ProposalFixtures.reportAwaitingReview;
import static org.cooperaflow.domain.proposal.ProposalFixtures.returnedAsIncomplete;
import static org.cooperaflow.domain.proposal.ProposalFixtures.submitted;
import static org.cooperaflow.domain.proposal.ProposalFixtures.vote;
import static org.cooperaflow.domain.proposal.ProposalFixtures.votedInFavour;
import static org.cooperaflow.domain.proposal.ProposalFixtures.withReason;
import static org.cooperaflow.domain.shared.RuleMatchers.illegalTransition;
import static org.cooperaflow.domain.shared.RuleMatchers.violates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.cooperaflow.domain.proposal.api.AllocateFundsCommand;
import org.cooperaflow.domain.proposal.api.BeginScreeningCommand;
import org.cooperaflow.domain.proposal.api.BoardChairRemindedEvent;
import org.cooperaflow.domain.proposal.api.BoardDecision;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.CloseBoardReviewRoundCommand;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
import org.cooperaflow.domain.proposal.api.CompleteFinalEvaluationCommand;
import org.cooperaflow.domain.proposal.api.ConfirmEligibilityCommand;
import org.cooperaflow.domain.proposal.api.ConfirmProjectStartCommand;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityOutcome;
import org.cooperaflow.domain.proposal.api.EscalateOverdueReportCommand;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportChangesRequestedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportOverdueEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFoundIneligibleEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalRejectedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResumedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSuspendedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.RecordBoardDecisionCommand;
import org.cooperaflow.domain.proposal.api.RecordEligibilityAssessmentCommand;
import org.cooperaflow.domain.proposal.api.RemindBoardChairCommand;
import org.cooperaflow.domain.proposal.api.ReportReview;
import org.cooperaflow.domain.proposal.api.ResubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.ResumeProposalCommand;
import org.cooperaflow.domain.proposal.api.ReviewProgressReportCommand;
import org.cooperaflow.domain.proposal.api.ScreenProposalCommand;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.proposal.api.SubmitProgressReportCommand;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.SuspendProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectProposalTest {

    private static final Map<String, Object> ELIGIBILITY_OFFICER = as("eligibility", "eligibility");
    private static final Map<String, Object> SECRETARIAT = as(SCREENER, "secretariat");
    private static final Map<String, Object> CHAIR = as("chair", "board,board-chair", "MX");

    private FixtureConfiguration<ProjectProposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectProposal.class);
        fixture.registerInjectableResource(new BoardVotingPolicy(3));
    }

    private TestExecutor<ProjectProposal> given(List<Object> history) {
        return fixture.given(history);
    }

    private static void expectStage(ResultValidator<ProjectProposal> result, ProposalStage stage) {
        result.expectState(proposal -> assertThat(proposal.stage()).isEqualTo(stage));
    }

    private static ProposalDetails withPartners(Modality modality, Partner... partners) {
        ProposalDetails d = details();
        return new ProposalDetails(d.title(), d.summary(), d.proposer(), List.of(partners), modality, d.measures(),
                d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(), d.durationMonths(), d.accountId(),
                d.cooperationRequestIds(), d.indicators());
    }

    private static ProposalDetails proposedBy(String memberState) {
        ProposalDetails d = details();
        return new ProposalDetails(d.title(), d.summary(), new Proposer(ProposerType.MEMBER_STATE, memberState, null),
                d.partners(), d.modality(), d.measures(), d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(),
                d.durationMonths(), d.accountId(), d.cooperationRequestIds(), d.indicators());
    }

    private static ProposalDetails withCodes(List<String> measures, List<Integer> sdgs) {
        ProposalDetails d = details();
        return new ProposalDetails(d.title(), d.summary(), d.proposer(), d.partners(), d.modality(), measures, sdgs,
                d.priority(), d.requestedAmount(), d.coFinancing(), d.durationMonths(), d.accountId(),
                d.cooperationRequestIds(), d.indicators());
    }

    private static ProposalDetails withAmounts(Money requested, Integer durationMonths) {
        ProposalDetails d = details();
        return new ProposalDetails(d.title(), d.summary(), d.proposer(), d.partners(), d.modality(), d.measures(),
                d.sdgs(), d.priority(), requested, d.coFinancing(), durationMonths, d.accountId(),
                d.cooperationRequestIds(), d.indicators());
    }

    private static ProposalDetails withoutSummary() {
        ProposalDetails d = details();
        return new ProposalDetails(d.title(), " ", d.proposer(), d.partners(), d.modality(), d.measures(),
                d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(), d.durationMonths(), d.accountId(),
                d.cooperationRequestIds(), d.indicators());
    }

    @Nested
    class DraftProposal {

        @Test
        void draftsProposalWithValidDetails() {
            expectStage(fixture.givenNoPriorActivity()
                    .when(new DraftProposalCommand(ID, details()), officerOf("JM"))
                    .expectEvents(new ProposalDraftedEvent(ID, details())), ProposalStage.DRAFT);
        }

        @Test
        void rejectsUnknownProposerMemberState() {
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, proposedBy("XX")))
                    .expectException(violates("unknown-member-state"));
        }

        @Test
        void rejectsUnknownPartnerMemberState() {
            fixture.givenNoPriorActivity()
                    .when(new DraftProposalCommand(ID, withPartners(Modality.SOUTH_SOUTH,
                            new Partner("ZZ", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY))))
                    .expectException(violates("unknown-member-state"));
        }

        @Test
        void rejectsUnknownSdg() {
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, withCodes(List.of("2.4"), List.of(18))))
                    .expectException(violates("unknown-sdg"));
        }

        @Test
        void rejectsUnknownActionPlanMeasure() {
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, withCodes(List.of("9.9"), List.of(4))))
                    .expectException(violates("unknown-measure"));
        }

        @Test
        void rejectsRequestedAmountNotInUsd() {
            fixture.givenNoPriorActivity()
                    .when(new DraftProposalCommand(ID, withAmounts(Money.of("150000.00", "EUR"), 18)))
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsDurationUnderOneMonth() {
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, withAmounts(REQUESTED, 0)))
                    .expectException(violates("invalid-duration"));
        }

        @ParameterizedTest
        @EnumSource(PartnerRole.class)
        void rejectsTriangularProjectWithoutOneOfTheThreeRoles(PartnerRole missing) {
            List<Partner> partners = List.of(new Partner("CO", PartnerRole.PROVIDER),
                    new Partner("JM", PartnerRole.BENEFICIARY), new Partner("CA", PartnerRole.FACILITATOR));
            fixture.givenNoPriorActivity()
                    .when(new DraftProposalCommand(ID, withPartners(Modality.TRIANGULAR, partners.stream()
                            .filter(p -> p.role() != missing).toArray(Partner[]::new))))
                    .expectException(violates("triangular-roles"));
        }

        @Test
        void draftsTriangularProjectWithProviderBeneficiaryAndFacilitator() {
            ProposalDetails triangular = withPartners(Modality.TRIANGULAR, new Partner("CO", PartnerRole.PROVIDER),
                    new Partner("JM", PartnerRole.BENEFICIARY), new Partner("CA", PartnerRole.FACILITATOR));
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, triangular))
                    .expectEvents(new ProposalDraftedEvent(ID, triangular));
        }

        @Test
        void rejectsDraftByOfficerOfAnotherState() {
            fixture.givenNoPriorActivity().when(new DraftProposalCommand(ID, details()), officerOf("CO"))
                    .expectException(violates("own-state-only"));
        }
    }

    @Nested
    class UpdateProposalDraft {

        @Test
        void replacesWhatTheDraftSays() {
            ProposalDetails revised = withAmounts(Money.usd("120000.00"), 12);
            given(drafted()).when(new UpdateProposalDraftCommand(ID, revised), officerOf("JM"))
                    .expectEvents(new ProposalDraftUpdatedEvent(ID, revised));
        }

        @Test
        void replacesWhatAProposalReturnedAsIncompleteSays() {
            ProposalDetails revised = withAmounts(Money.usd("120000.00"), 12);
            given(returnedAsIncomplete()).when(new UpdateProposalDraftCommand(ID, revised))
                    .expectEvents(new ProposalDraftUpdatedEvent(ID, revised));
        }

        @Test
        void refusesChangesOnceSubmitted() {
            given(submitted()).when(new UpdateProposalDraftCommand(ID, details()))
                    .expectException(illegalTransition());
        }

        @Test
        void rejectsInvalidDetails() {
            given(drafted()).when(new UpdateProposalDraftCommand(ID, withCodes(List.of("2.4"), List.of(0))))
                    .expectException(violates("unknown-sdg"));
        }

        @Test
        void rejectsRevisionIntoTriangularProjectWithoutFacilitator() {
            given(returnedAsIncomplete())
                    .when(new UpdateProposalDraftCommand(ID, withPartners(Modality.TRIANGULAR,
                            new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY))))
                    .expectException(violates("triangular-roles"));
        }

        @Test
        void rejectsChangesByOfficerOfAnotherState() {
            given(drafted()).when(new UpdateProposalDraftCommand(ID, details()), officerOf("CO"))
                    .expectException(violates("own-state-only"));
        }
    }

    @Nested
    class SubmitProposal {

        @Test
        void submitsCompleteDraft() {
            expectStage(given(drafted()).when(new SubmitProposalCommand(ID))
                    .expectEvents(new ProposalSubmittedEvent(ID, "JM", TITLE)), ProposalStage.SUBMITTED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CU", "NI"})
        void rejectsProposalOfStateThatDoesNotParticipate(String memberState) {
            fixture.given(new ProposalDraftedEvent(ID, proposedBy(memberState))).when(new SubmitProposalCommand(ID))
                    .expectException(violates("state-not-participating"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"CU", "NI"})
        void rejectsProposalWithPartnerStateThatDoesNotParticipate(String memberState) {
            ProposalDetails d = details();
            ProposalDetails withPartner = new ProposalDetails(d.title(), d.summary(), d.proposer(),
                    List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner(memberState, PartnerRole.BENEFICIARY)),
                    d.modality(), d.measures(), d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(),
                    d.durationMonths(), d.accountId(), d.cooperationRequestIds(), d.indicators());
            fixture.given(new ProposalDraftedEvent(ID, withPartner)).when(new SubmitProposalCommand(ID))
                    .expectException(violates("state-not-participating"));
        }

        @Test
        void rejectsIncompleteDraft() {
            fixture.given(new ProposalDraftedEvent(ID, withoutSummary())).when(new SubmitProposalCommand(ID))
                    .expectException(violates("incomplete-proposal"));
        }

        @Test
        void refusesSecondSubmission() {
            given(submitted()).when(new SubmitProposalCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class ResubmitProposal {

        @Test
        void resubmitsProposalReturnedForRevision() {
            expectStage(given(returnedAsIncomplete()).when(new ResubmitProposalCommand(ID))
                    .expectEvents(new ProposalResubmittedEvent(ID)), ProposalStage.SUBMITTED);
        }

        @Test
        void rejectsResubmissionNamingAProposerStateThatDoesNotParticipate() {
            given(plus(returnedAsIncomplete(), new ProposalDraftUpdatedEvent(ID, proposedBy("CU"))))
                    .when(new ResubmitProposalCommand(ID))
                    .expectException(violates("state-not-participating"));
        }

        @Test
        void rejectsIncompleteResubmission() {
            given(plus(returnedAsIncomplete(), new ProposalDraftUpdatedEvent(ID, withoutSummary())))
                    .when(new ResubmitProposalCommand(ID))
                    .expectException(violates("incomplete-proposal"));
        }

        @Test
        void refusesResubmissionOfProposalNotReturned() {
            given(inScreening()).when(new ResubmitProposalCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class BeginScreening {

        @Test
        void beginsFirstScreeningRound() {
            expectStage(given(submitted()).when(new BeginScreeningCommand(ID))
                    .expectEvents(new ProposalScreeningBegunEvent(ID, 1)), ProposalStage.SCREENING);
        }

        @Test
        void beginsNewRoundAfterResubmission() {
            given(plus(returnedAsIncomplete(), new ProposalResubmittedEvent(ID))).when(new BeginScreeningCommand(ID))
                    .expectEvents(new ProposalScreeningBegunEvent(ID, 2));
        }

        @Test
        void refusesScreeningOfDraft() {
            given(drafted()).when(new BeginScreeningCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class ScreenProposal {

        @Test
        void sendsCompleteProposalToEligibility() {
            expectStage(given(inScreening()).when(new ScreenProposalCommand(ID, ScreeningOutcome.COMPLETE), SECRETARIAT)
                    .expectEvents(new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE)), ProposalStage.ELIGIBILITY);
        }

        @Test
        void returnsIncompleteProposalToProposerWithComment() {
            expectStage(given(inScreening())
                    .when(new ScreenProposalCommand(ID, ScreeningOutcome.INCOMPLETE),
                            withReason(SECRETARIAT, "The results framework has no baseline"))
                    .expectEvents(new ProposalScreenedEvent(ID, ScreeningOutcome.INCOMPLETE)),
                    ProposalStage.RETURNED_FOR_REVISION);
        }

        @Test
        void rejectsIncompleteFindingWithoutComment() {
            given(inScreening()).when(new ScreenProposalCommand(ID, ScreeningOutcome.INCOMPLETE), SECRETARIAT)
                    .expectException(violates("reason-required"));
        }

        @Test
        void rejectsScreeningByOfficerOfProposingState() {
            given(inScreening()).when(new ScreenProposalCommand(ID, ScreeningOutcome.COMPLETE), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }

        @Test
        void refusesScreeningBeforeItBegan() {
            given(submitted()).when(new ScreenProposalCommand(ID, ScreeningOutcome.COMPLETE))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class RecordEligibilityAssessment {

        @Test
        void recordsEligibleWhenRulesGiveNoReason() {
            given(inEligibility())
                    .when(new RecordEligibilityAssessmentCommand(ID, "fcd-eligibility", 1,
                            Map.of("requestedAmount", 150000), List.of()))
                    .expectEvents(assessed());
        }

        @Test
        void recordsIneligibleWithEveryReasonTheRulesGive() {
            given(inEligibility())
                    .when(new RecordEligibilityAssessmentCommand(ID, "fcd-eligibility", 1,
                            Map.of("requestedAmount", 150000), List.of("no SDG", "above ceiling")))
                    .expectEvents(new EligibilityAssessedEvent(ID, "fcd-eligibility", 1,
                            Map.of("requestedAmount", 150000), List.of("no SDG", "above ceiling"), false));
        }

        @Test
        void refusesAssessmentBeforeScreeningFoundProposalComplete() {
            given(inScreening())
                    .when(new RecordEligibilityAssessmentCommand(ID, "fcd-eligibility", 1, Map.of(), List.of()))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class ConfirmEligibility {

        @Test
        void confirmsEligibleProposalAndOpensFirstReviewRound() {
            expectStage(given(assessedEligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectEvents(new EligibilityConfirmedEvent(ID, false, null), new BoardReviewOpenedEvent(ID, 1)),
                    ProposalStage.BOARD_REVIEW);
        }

        @Test
        void findsProposalIneligibleForTheRulesReasons() {
            expectStage(given(assessedIneligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.INELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectEvents(new ProposalFoundIneligibleEvent(ID,
                            List.of("requested amount above the account's ceiling"), false, null)),
                    ProposalStage.INELIGIBLE);
        }

        @Test
        void rejectsRulingBeforeTheRulesAssessedTheProposal() {
            given(inEligibility())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectException(violates("eligibility-not-assessed"));
        }

        @Test
        void rejectsRulingByTheSecretariatMemberWhoScreenedTheProposal() {
            given(assessedEligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null),
                            as(SCREENER, "secretariat,eligibility"))
                    .expectException(violates("four-eyes"));
        }

        @Test
        void rejectsEligibleRulingAgainstTheRulesWithoutJustification() {
            given(assessedIneligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, " "), ELIGIBILITY_OFFICER)
                    .expectException(violates("justification-required"));
        }

        @Test
        void rejectsIneligibleRulingAgainstTheRulesWithoutJustification() {
            given(assessedEligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.INELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectException(violates("justification-required"));
        }

        @Test
        void recordsJustifiedOverrideOfTheRules() {
            given(assessedIneligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, "Ceiling raised by the Board"),
                            ELIGIBILITY_OFFICER)
                    .expectEvents(new EligibilityConfirmedEvent(ID, true, "Ceiling raised by the Board"),
                            new BoardReviewOpenedEvent(ID, 1));
        }

        @Test
        void rejectsRulingByOfficerOfProposingState() {
            given(assessedEligible())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }

        @Test
        void opensSecondReviewRoundAfterBoardAskedForRevision() {
            given(eligibleAgainAfterBoardRevision())
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectEvents(new EligibilityConfirmedEvent(ID, false, null), new BoardReviewOpenedEvent(ID, 2));
        }

        @Test
        void requiresNewAssessmentInEachScreeningRound() {
            given(plus(votedInFavour(),
                    new ProposalReturnedForRevisionEvent(ID, 1, "Add a sustainability plan"),
                    new ProposalResubmittedEvent(ID),
                    new ProposalScreeningBegunEvent(ID, 2),
                    new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE)))
                    .when(new ConfirmEligibilityCommand(ID, EligibilityOutcome.ELIGIBLE, null), ELIGIBILITY_OFFICER)
                    .expectException(violates("eligibility-not-assessed"));
        }
    }

    @Nested
    class CastBoardVote {

        @Test
        void recordsVoteWithScore() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 4), as("board2", "board", "BR"))
                    .expectEvents(new BoardVoteCastEvent(ID, 1, "board2", "BR", BoardVote.APPROVE, 4));
        }

        @Test
        void rejectsSecondVoteOfSameMemberInOneRound() {
            given(plus(inBoardReview(), vote("board2", "BR", BoardVote.APPROVE, 4)))
                    .when(new CastBoardVoteCommand(ID, BoardVote.REJECT, 2), as("board2", "board", "BR"))
                    .expectException(violates("vote-once-per-round"));
        }

        @Test
        void acceptsVoteOfSameMemberInNextRound() {
            given(plus(eligibleAgainAfterBoardRevision(), new EligibilityConfirmedEvent(ID, false, null),
                    new BoardReviewOpenedEvent(ID, 2)))
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 5), as("board2", "board", "BR"))
                    .expectEvents(new BoardVoteCastEvent(ID, 2, "board2", "BR", BoardVote.APPROVE, 5));
        }

        @Test
        void rejectsVoteFromBoardMemberOfProposingState() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 5), as("board1", "board", "JM"))
                    .expectException(violates("conflict-of-interest"));
        }

        @Test
        void rejectsAbstentionFromBoardMemberOfPartnerState() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.ABSTAIN, null), as("board5", "board", "CO"))
                    .expectException(violates("conflict-of-interest"));
        }

        @Test
        void acceptsRecusalFromBoardMemberOfProposingState() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.RECUSE, null), as("board1", "board", "JM"))
                    .expectEvents(new BoardVoteCastEvent(ID, 1, "board1", "JM", BoardVote.RECUSE, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"APPROVE", "REJECT"})
        void rejectsVoteForOrAgainstWithoutScore(String vote) {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.valueOf(vote), null), as("board2", "board", "BR"))
                    .expectException(violates("score-required"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void rejectsScoreOutsideOneToFive(int score) {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, score), as("board2", "board", "BR"))
                    .expectException(violates("score-out-of-range"));
        }

        @Test
        void acceptsAbstentionWithoutScore() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.ABSTAIN, null), as("board3", "board", "US"))
                    .expectEvents(new BoardVoteCastEvent(ID, 1, "board3", "US", BoardVote.ABSTAIN, null));
        }

        @Test
        void rejectsScoreOnRecusal() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.RECUSE, 3), as("board3", "board", "US"))
                    .expectException(violates("recusal-without-score"));
        }

        @Test
        void rejectsVoteThatNamesNoBoardMember() {
            given(inBoardReview()).when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 4))
                    .expectException(violates("voter-required"));
        }

        @Test
        void rejectsVoteByOfficerOfProposingState() {
            given(inBoardReview())
                    .when(new CastBoardVoteCommand(ID, BoardVote.RECUSE, null), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }

        @Test
        void refusesVoteOutsideBoardReview() {
            given(assessedEligible())
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 4), as("board2", "board", "BR"))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class RecordBoardDecision {

        @Test
        void approvesRequestedAmountWithQuorumAndMajorityInFavour() {
            ResultValidator<ProjectProposal> result = given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, "Quarterly reports", null), CHAIR)
                    .expectEvents(new ProposalApprovedEvent(ID, 1, REQUESTED, "Quarterly reports",
                            new BoardTally(2, 1, 0, 1)));
            expectStage(result, ProposalStage.APPROVED);
        }

        @Test
        void approvesSmallerAmountThanRequested() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, Money.usd("120000.00")), CHAIR)
                    .expectEvents(new ProposalApprovedEvent(ID, 1, Money.usd("120000.00"), null,
                            new BoardTally(2, 1, 0, 1)));
        }

        @Test
        void rejectsApprovalWithoutQuorumOfNonRecusedVotes() {
            given(plus(inBoardReview(),
                    vote("board1", "JM", BoardVote.RECUSE, null),
                    vote("board5", "CO", BoardVote.RECUSE, null),
                    vote("board2", "BR", BoardVote.APPROVE, 4),
                    vote("board3", "US", BoardVote.APPROVE, 5)))
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, null), CHAIR)
                    .expectException(violates("quorum-not-reached"));
        }

        @Test
        void countsAbstentionsTowardQuorum() {
            given(plus(inBoardReview(),
                    vote("board2", "BR", BoardVote.APPROVE, 4),
                    vote("board3", "US", BoardVote.ABSTAIN, null),
                    vote("chair", "MX", BoardVote.ABSTAIN, null)))
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, null), CHAIR)
                    .expectEvents(new ProposalApprovedEvent(ID, 1, REQUESTED, null, new BoardTally(1, 0, 2, 0)));
        }

        @Test
        void rejectsApprovalWithoutMajorityInFavour() {
            given(plus(inBoardReview(),
                    vote("board2", "BR", BoardVote.APPROVE, 4),
                    vote("board3", "US", BoardVote.REJECT, 2),
                    vote("chair", "MX", BoardVote.ABSTAIN, null)))
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, null), CHAIR)
                    .expectException(violates("no-majority-in-favour"));
        }

        @Test
        void appliesTheConfiguredQuorum() {
            FixtureConfiguration<ProjectProposal> quorumOfFour = new AggregateTestFixture<>(ProjectProposal.class);
            quorumOfFour.registerInjectableResource(new BoardVotingPolicy(4));
            quorumOfFour.given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, null), CHAIR)
                    .expectException(violates("quorum-not-reached"));
        }

        @Test
        void rejectsApprovedAmountAboveRequestedAmount() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, Money.usd("150000.01")), CHAIR)
                    .expectException(violates("approved-exceeds-requested"));
        }

        @Test
        void rejectsApprovedAmountNotInUsd() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, Money.of("1000.00", "EUR")), CHAIR)
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsApprovalOfNothing() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.APPROVE, null, Money.usd("0")), CHAIR)
                    .expectException(violates("approved-amount-must-be-positive"));
        }

        @Test
        void rejectsProposalWhateverTheVotes() {
            expectStage(given(inBoardReview())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REJECT, null, null), CHAIR)
                    .expectEvents(new ProposalRejectedEvent(ID, 1, new BoardTally(0, 0, 0, 0))),
                    ProposalStage.REJECTED);
        }

        @Test
        void returnsProposalForRevisionWithConditions() {
            expectStage(given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REVISE, "Add a sustainability plan", null), CHAIR)
                    .expectEvents(new ProposalReturnedForRevisionEvent(ID, 1, "Add a sustainability plan")),
                    ProposalStage.RETURNED_FOR_REVISION);
        }

        @Test
        void returnsProposalForRevisionWithTheCommentWhenNoConditions() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REVISE, null, null),
                            withReason(CHAIR, "Reduce the budget"))
                    .expectEvents(new ProposalReturnedForRevisionEvent(ID, 1, "Reduce the budget"));
        }

        @Test
        void rejectsRevisionThatSaysNothingToRevise() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REVISE, " ", null), CHAIR)
                    .expectException(violates("reason-required"));
        }

        @Test
        void rejectsDecisionByOfficerOfProposingState() {
            given(votedInFavour())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REJECT, null, null), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }

        @Test
        void refusesDecisionOutsideBoardReview() {
            given(approved())
                    .when(new RecordBoardDecisionCommand(ID, BoardDecision.REJECT, null, null), CHAIR)
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class AllocateFunds {

        @Test
        void partialAllocationLeavesProposalApproved() {
            expectStage(given(approved())
                    .when(new AllocateFundsCommand(ID, "contribution-1", Money.usd("100000.00")))
                    .expectEvents(new FundsAllocatedToProposalEvent(ID, "contribution-1", Money.usd("100000.00"),
                            Money.usd("100000.00"))), ProposalStage.APPROVED);
        }

        @Test
        void allocationReachingApprovedAmountFundsProposal() {
            expectStage(given(partlyFunded())
                    .when(new AllocateFundsCommand(ID, "contribution-2", Money.usd("50000.00")))
                    .expectEvents(new FundsAllocatedToProposalEvent(ID, "contribution-2", Money.usd("50000.00"), REQUESTED),
                            new ProposalFundedEvent(ID, REQUESTED)), ProposalStage.FUNDED);
        }

        @Test
        void rejectsAllocationBeyondApprovedAmount() {
            given(partlyFunded()).when(new AllocateFundsCommand(ID, "contribution-2", Money.usd("50000.01")))
                    .expectException(violates("allocation-exceeds-approved-amount"));
        }

        @Test
        void rejectsAllocationNotInUsd() {
            given(approved()).when(new AllocateFundsCommand(ID, "contribution-1", Money.of("1000.00", "CAD")))
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsAllocationOfNothing() {
            given(approved()).when(new AllocateFundsCommand(ID, "contribution-1", Money.usd("0.00")))
                    .expectException(violates("allocation-must-be-positive"));
        }

        @Test
        void refusesAllocationBeforeApproval() {
            given(votedInFavour()).when(new AllocateFundsCommand(ID, "contribution-1", Money.usd("1000.00")))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class ConfirmProjectStart {

        @Test
        void startsFundedProject() {
            expectStage(given(funded()).when(new ConfirmProjectStartCommand(ID, START))
                    .expectEvents(new ProjectStartedEvent(ID, START)), ProposalStage.IN_EXECUTION);
        }

        @Test
        void refusesStartOfProjectNotFullyFunded() {
            given(partlyFunded()).when(new ConfirmProjectStartCommand(ID, START)).expectException(illegalTransition());
        }
    }

    @Nested
    class SubmitProgressReport {

        private SubmitProgressReportCommand reportFor(String period, String indicator, Money expenditure) {
            return new SubmitProgressReportCommand(ID, period, expenditure,
                    List.of(new IndicatorValue(indicator, new BigDecimal("80"))), false);
        }

        @Test
        void submitsReportDuringExecution() {
            given(inExecution())
                    .when(new SubmitProgressReportCommand(ID, "2027-Q1", Money.usd("30000.00"),
                            List.of(new IndicatorValue("Teachers trained", new BigDecimal("80"))), true))
                    .expectEvents(report("2027-Q1", true));
        }

        @Test
        void refusesReportBeforeExecution() {
            given(funded()).when(reportFor("2027-Q1", "Teachers trained", Money.usd("1.00")))
                    .expectException(illegalTransition());
        }

        @Test
        void refusesReportWhileSuspended() {
            given(plus(inExecution(), new ProposalSuspendedEvent(ID, ProposalStage.IN_EXECUTION)))
                    .when(reportFor("2027-Q1", "Teachers trained", Money.usd("1.00")))
                    .expectException(illegalTransition());
        }

        @Test
        void rejectsReportWhileAnotherAwaitsReview() {
            given(reportAwaitingReview(false)).when(reportFor("2027-Q2", "Teachers trained", Money.usd("1.00")))
                    .expectException(violates("report-awaiting-review"));
        }

        @Test
        void rejectsSecondReportForAcceptedPeriod() {
            given(plus(reportAwaitingReview(false), new ProgressReportAcceptedEvent(ID, "2027-Q1", false)))
                    .when(reportFor("2027-Q1", "Teachers trained", Money.usd("1.00")))
                    .expectException(violates("period-already-reported"));
        }

        @Test
        void acceptsRevisedReportAfterChangesWereRequested() {
            given(plus(reportAwaitingReview(false), new ProgressReportChangesRequestedEvent(ID, "2027-Q1")))
                    .when(reportFor("2027-Q1", "Teachers trained", Money.usd("31000.00")))
                    .expectEvents(new ProgressReportSubmittedEvent(ID, "2027-Q1", Money.usd("31000.00"),
                            List.of(new IndicatorValue("Teachers trained", new BigDecimal("80"))), false));
        }

        @Test
        void rejectsIndicatorOutsideResultsFramework() {
            given(inExecution()).when(reportFor("2027-Q1", "Schools built", Money.usd("1.00")))
                    .expectException(violates("unknown-indicator"));
        }

        @Test
        void rejectsExpenditureBeyondTheGrantCountingEveryAcceptedReport() {
            List<Object> firstAccepted = plus(reportAwaitingReview(false), new ProgressReportAcceptedEvent(ID, "2027-Q1", false));
            // the grant is what was allocated; the first report accounted for 30,000.00 of it
            Money rest = REQUESTED.minus(Money.usd("30000.00"));
            given(firstAccepted).when(reportFor("2027-Q2", "Teachers trained", rest)).expectSuccessfulHandlerExecution();
            given(firstAccepted).when(reportFor("2027-Q2", "Teachers trained", rest.plus(Money.usd("0.01"))))
                    .expectException(violates("expenditure-exceeds-grant"));
            given(inExecution()).when(reportFor("2027-Q1", "Teachers trained", Money.usd("999999999999999.99")))
                    .expectException(violates("expenditure-exceeds-grant"));
        }

        @Test
        void aReportWhoseChangesWereRequestedDoesNotCountAsSpent() {
            given(plus(reportAwaitingReview(false), new ProgressReportChangesRequestedEvent(ID, "2027-Q1")))
                    .when(reportFor("2027-Q1", "Teachers trained", REQUESTED))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void rejectsExpenditureNotInUsd() {
            given(inExecution()).when(reportFor("2027-Q1", "Teachers trained", Money.of("1.00", "JMD")))
                    .expectException(violates("currency-not-usd"));
        }
    }

    @Nested
    class ReviewProgressReport {

        @Test
        void acceptsReportAndKeepsProjectInExecution() {
            expectStage(given(reportAwaitingReview(false))
                    .when(new ReviewProgressReportCommand(ID, ReportReview.ACCEPT), SECRETARIAT)
                    .expectEvents(new ProgressReportAcceptedEvent(ID, "2027-Q1", false)), ProposalStage.IN_EXECUTION);
        }

        @Test
        void acceptedFinalReportOpensFinalEvaluation() {
            expectStage(given(reportAwaitingReview(true))
                    .when(new ReviewProgressReportCommand(ID, ReportReview.ACCEPT), SECRETARIAT)
                    .expectEvents(new ProgressReportAcceptedEvent(ID, "2027-Q1", true)), ProposalStage.FINAL_EVALUATION);
        }

        @Test
        void requestsChangesWithComment() {
            given(reportAwaitingReview(false))
                    .when(new ReviewProgressReportCommand(ID, ReportReview.REQUEST_CHANGES),
                            withReason(SECRETARIAT, "Expenditure lacks receipts"))
                    .expectEvents(new ProgressReportChangesRequestedEvent(ID, "2027-Q1"));
        }

        @Test
        void rejectsChangeRequestWithoutComment() {
            given(reportAwaitingReview(false))
                    .when(new ReviewProgressReportCommand(ID, ReportReview.REQUEST_CHANGES), SECRETARIAT)
                    .expectException(violates("reason-required"));
        }

        @Test
        void rejectsReviewWhenNoReportAwaits() {
            given(inExecution()).when(new ReviewProgressReportCommand(ID, ReportReview.ACCEPT), SECRETARIAT)
                    .expectException(violates("no-report-awaiting-review"));
        }

        @Test
        void rejectsReviewByOfficerOfProposingState() {
            given(reportAwaitingReview(false))
                    .when(new ReviewProgressReportCommand(ID, ReportReview.ACCEPT), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }
    }

    @Nested
    class RemindBoardChair {

        @Test
        void recordsReminderOfTheCurrentReviewRound() {
            given(inBoardReview()).when(new RemindBoardChairCommand(ID))
                    .expectEvents(new BoardChairRemindedEvent(ID, 1));
        }

        @Test
        void refusesReminderOutsideBoardReview() {
            given(approved()).when(new RemindBoardChairCommand(ID))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class CloseBoardReviewRound {

        private static final List<String> REVIEWERS = List.of("board1", "board2", "board3", "chair");

        @Test
        void namesTheMembersWhoHadNotVoted() {
            given(plus(inBoardReview(), vote("board2", "BR", BoardVote.APPROVE, 4),
                    vote("board1", "JM", BoardVote.RECUSE, null)))
                    .when(new CloseBoardReviewRoundCommand(ID, "deadline", REVIEWERS))
                    .expectEvents(new BoardReviewRoundClosedEvent(ID, 1, "deadline", List.of("board3", "chair")));
        }

        @Test
        void aClosedRoundTakesNoMoreVotes() {
            given(plus(inBoardReview(), new BoardReviewRoundClosedEvent(ID, 1, "deadline", REVIEWERS)))
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 4), as("board2", "board", "BR"))
                    .expectException(violates("review-round-closed"));
        }

        @Test
        void closingTwiceRecordsNothingMore() {
            given(plus(inBoardReview(), new BoardReviewRoundClosedEvent(ID, 1, "deadline", REVIEWERS)))
                    .when(new CloseBoardReviewRoundCommand(ID, "deadline", REVIEWERS))
                    .expectNoEvents();
        }

        @Test
        void theNextRoundTakesVotesAgain() {
            given(plus(eligibleAgainAfterBoardRevision(), new BoardReviewRoundClosedEvent(ID, 1, "deadline", REVIEWERS),
                    new EligibilityConfirmedEvent(ID, false, null), new BoardReviewOpenedEvent(ID, 2)))
                    .when(new CastBoardVoteCommand(ID, BoardVote.APPROVE, 5), as("board2", "board", "BR"))
                    .expectEvents(new BoardVoteCastEvent(ID, 2, "board2", "BR", BoardVote.APPROVE, 5));
        }

        @Test
        void refusesOutsideBoardReview() {
            given(approved()).when(new CloseBoardReviewRoundCommand(ID, "deadline", REVIEWERS))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class EscalateOverdueReport {

        private final LocalDate due = LocalDate.of(2027, 4, 15);

        @Test
        void escalatesTheFirstReportOfAProjectInExecution() {
            expectStage(given(inExecution())
                    .when(new EscalateOverdueReportCommand(ID, due))
                    .expectEvents(new ProgressReportOverdueEvent(ID, 1, due)),
                    ProposalStage.IN_EXECUTION);
        }

        @Test
        void countsThePeriodFromTheReportsAlreadyAccepted() {
            given(plus(reportAwaitingReview(false), new ProgressReportAcceptedEvent(ID, "2027-Q1", false)))
                    .when(new EscalateOverdueReportCommand(ID, due))
                    .expectEvents(new ProgressReportOverdueEvent(ID, 2, due));
        }

        @Test
        void refusesEscalationBeforeExecution() {
            given(funded()).when(new EscalateOverdueReportCommand(ID, due))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class CompleteFinalEvaluation {

        @Test
        void closesProjectRatedOnAllSixCriteria() {
            expectStage(given(inFinalEvaluation())
                    .when(new CompleteFinalEvaluationCommand(ID, allRatings(5)), SECRETARIAT)
                    .expectEvents(new FinalEvaluationCompletedEvent(ID, allRatings(5))), ProposalStage.CLOSED);
        }

        @Test
        void rejectsEvaluationMissingACriterion() {
            Map<DacCriterion, Integer> ratings = new java.util.EnumMap<>(allRatings(4));
            ratings.remove(DacCriterion.SUSTAINABILITY);
            given(inFinalEvaluation()).when(new CompleteFinalEvaluationCommand(ID, ratings), SECRETARIAT)
                    .expectException(violates("dac-ratings-incomplete"));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 7})
        void rejectsRatingOutsideOneToSix(int rating) {
            Map<DacCriterion, Integer> ratings = new java.util.EnumMap<>(allRatings(4));
            ratings.put(DacCriterion.IMPACT, rating);
            given(inFinalEvaluation()).when(new CompleteFinalEvaluationCommand(ID, ratings), SECRETARIAT)
                    .expectException(violates("dac-rating-out-of-range"));
        }

        @Test
        void rejectsEvaluationByOfficerOfProposingState() {
            given(inFinalEvaluation()).when(new CompleteFinalEvaluationCommand(ID, allRatings(6)), officerOf("JM"))
                    .expectException(violates("proposing-state-officer"));
        }

        @Test
        void refusesEvaluationBeforeFinalReportIsAccepted() {
            given(reportAwaitingReview(true)).when(new CompleteFinalEvaluationCommand(ID, allRatings(5)), SECRETARIAT)
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class SuspendProposal {

        @Test
        void suspendsRunningProjectWithComment() {
            expectStage(given(inExecution())
                    .when(new SuspendProposalCommand(ID), withReason(as("manager", "manager"), "Audit findings"))
                    .expectEvents(new ProposalSuspendedEvent(ID, ProposalStage.IN_EXECUTION)), ProposalStage.SUSPENDED);
        }

        @Test
        void rejectsSuspensionWithoutComment() {
            given(inExecution()).when(new SuspendProposalCommand(ID), as("manager", "manager"))
                    .expectException(violates("reason-required"));
        }

        @Test
        void refusesSuspensionBeforeApproval() {
            given(inBoardReview()).when(new SuspendProposalCommand(ID), withReason(as("manager", "manager"), "x"))
                    .expectException(illegalTransition());
        }
    }

    @Nested
    class ResumeProposal {

        @Test
        void resumesInTheStageWhereItWasSuspended() {
            expectStage(given(plus(funded(), new ProposalSuspendedEvent(ID, ProposalStage.FUNDED)))
                    .when(new ResumeProposalCommand(ID))
                    .expectEvents(new ProposalResumedEvent(ID, ProposalStage.FUNDED)), ProposalStage.FUNDED);
        }

        @Test
        void refusesToResumeProjectThatIsNotSuspended() {
            given(inExecution()).when(new ResumeProposalCommand(ID)).expectException(illegalTransition());
        }
    }

    @Nested
    class WithdrawProposal {

        @Test
        void withdrawsProposalUnderBoardReview() {
            expectStage(given(inBoardReview()).when(new WithdrawProposalCommand(ID))
                    .expectEvents(new ProposalWithdrawnEvent(ID)), ProposalStage.WITHDRAWN);
        }

        @Test
        void refusesWithdrawalOnceApproved() {
            given(approved()).when(new WithdrawProposalCommand(ID)).expectException(illegalTransition());
        }
    }
}
