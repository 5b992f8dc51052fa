package org.cooperaflow.domain.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cooperaflow.domain.proposal.api.AllocateFundsCommand;
import org.cooperaflow.domain.proposal.api.BeginScreeningCommand;
import org.cooperaflow.domain.proposal.api.BoardChairRemindedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.CloseBoardReviewRoundCommand;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
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
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportChangesRequestedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportOverdueEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
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
import org.cooperaflow.domain.shared.ActorRoles;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.IllegalTransition;
import org.cooperaflow.domain.shared.Money;

/** A project proposal on its way through screening, eligibility, Board review, funding and execution. */
public class ProjectProposal {

    private static final Set<ProposalStage> EDITABLE =
            EnumSet.of(ProposalStage.DRAFT, ProposalStage.RETURNED_FOR_REVISION);
    private static final Set<ProposalStage> WITHDRAWABLE = EnumSet.of(
            ProposalStage.DRAFT, ProposalStage.SUBMITTED, ProposalStage.SCREENING,
            ProposalStage.RETURNED_FOR_REVISION, ProposalStage.ELIGIBILITY, ProposalStage.BOARD_REVIEW);
    private static final Set<ProposalStage> SUSPENDABLE = EnumSet.of(
            ProposalStage.APPROVED, ProposalStage.FUNDED, ProposalStage.IN_EXECUTION);

    @AggregateIdentifier
    private String proposalId;
    private ProposalStage stage;
    private ProposalDetails details;
    private int screeningRound;
    private String screenedBy;
    /** The rules' result of the current screening round's eligibility assessment; null until assessed. */
    private Boolean eligibleByRules;
    private List<String> ineligibilityReasons = List.of();
    private int reviewRound;
    /** The votes of the current review round, by voter. */
    private final Map<String, BoardVote> votes = new LinkedHashMap<>();
    /** The current review round was closed before every member voted: it takes no more votes. */
    private boolean reviewRoundClosed;
    private Money approvedAmount;
    private Money allocated = Money.zero(Money.USD);
    private String periodAwaitingReview;
    private boolean finalReportAwaitingReview;
    private Money expenditureAwaitingReview;
    /** What the accepted progress reports say was spent, in all. */
    private Money reportedExpenditure = Money.zero(Money.USD);
    private final Set<String> acceptedPeriods = new HashSet<>();
    private ProposalStage suspendedStage;

    protected ProjectProposal() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public ProjectProposal(DraftProposalCommand command,
                           @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                           @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        ProposalRules.requireValidDetails(command.details());
        ActorRoles.requireOwnStateIfOfficer(roles, actorMemberState, command.details().proposer().memberState());
        if (command.origin() != null
                && !command.details().cooperationRequestIds().contains(command.origin().cooperationRequestId())) {
            throw new DomainRuleViolation("origin-not-linked",
                    "cooperationRequestIds: a proposal started from a match links the matched need");
        }
        apply(new ProposalDraftedEvent(command.proposalId(), command.details(), command.origin()));
    }

    @CommandHandler
    public void handle(UpdateProposalDraftCommand command,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EDITABLE, "revise");
        ProposalRules.requireValidDetails(command.details());
        ActorRoles.requireOwnStateIfOfficer(roles, actorMemberState, details.proposer().memberState());
        ActorRoles.requireOwnStateIfOfficer(roles, actorMemberState, command.details().proposer().memberState());
        apply(new ProposalDraftUpdatedEvent(proposalId, command.details()));
    }

    @CommandHandler
    public void handle(SubmitProposalCommand command) {
        requireStage(EnumSet.of(ProposalStage.DRAFT), "submit");
        ProposalRules.requireParticipatingStates(details);
        ProposalRules.requireCompleteForSubmission(details);
        apply(new ProposalSubmittedEvent(proposalId, details.proposer().memberState(), details.title()));
    }

    @CommandHandler
    public void handle(ResubmitProposalCommand command) {
        requireStage(EnumSet.of(ProposalStage.RETURNED_FOR_REVISION), "resubmit");
        ProposalRules.requireParticipatingStates(details);
        ProposalRules.requireCompleteForSubmission(details);
        apply(new ProposalResubmittedEvent(proposalId));
    }

    @CommandHandler
    public void handle(BeginScreeningCommand command) {
        requireStage(EnumSet.of(ProposalStage.SUBMITTED), "begin screening of");
        apply(new ProposalScreeningBegunEvent(proposalId, screeningRound + 1));
    }

    @CommandHandler
    public void handle(ScreenProposalCommand command,
                       @MetaDataValue(AuditMetadata.REASON) String reason,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.SCREENING), "screen");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        if (command.outcome() == ScreeningOutcome.INCOMPLETE && isBlank(reason)) {
            throw new DomainRuleViolation("reason-required",
                    "returning a proposal as incomplete needs a comment saying what is missing");
        }
        apply(new ProposalScreenedEvent(proposalId, command.outcome()));
    }

    @CommandHandler
    public void handle(RecordEligibilityAssessmentCommand command) {
        requireStage(EnumSet.of(ProposalStage.ELIGIBILITY), "assess the eligibility of");
        apply(new EligibilityAssessedEvent(proposalId, command.decisionKey(), command.decisionVersion(),
                command.inputs(), command.reasons(), command.reasons().isEmpty()));
    }

    @CommandHandler
    public void handle(ConfirmEligibilityCommand command,
                       @MetaDataValue(AuditMetadata.ACTOR) String actor,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.ELIGIBILITY), "confirm the eligibility of");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        if (eligibleByRules == null) {
            throw new DomainRuleViolation("eligibility-not-assessed",
                    "the eligibility rules have not assessed this proposal yet");
        }
        if (actor != null && actor.equals(screenedBy)) {
            throw new DomainRuleViolation("four-eyes",
                    actor + " screened this proposal and cannot also confirm its eligibility");
        }
        boolean eligible = command.outcome() == EligibilityOutcome.ELIGIBLE;
        boolean overridesRules = eligible != eligibleByRules;
        if (overridesRules && isBlank(command.justification())) {
            throw new DomainRuleViolation("justification-required",
                    "ruling " + command.outcome() + " against the eligibility rules' result needs a justification");
        }
        if (eligible) {
            int nextRound = reviewRound + 1;
            apply(new EligibilityConfirmedEvent(proposalId, overridesRules, command.justification()));
            apply(new BoardReviewOpenedEvent(proposalId, nextRound));
        } else {
            apply(new ProposalFoundIneligibleEvent(proposalId, ineligibilityReasons, overridesRules,
                    command.justification()));
        }
    }

    @CommandHandler
    public void handle(CastBoardVoteCommand command,
                       @MetaDataValue(AuditMetadata.ACTOR) String actor,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.BOARD_REVIEW), "vote on");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        if (isBlank(actor)) {
            throw new DomainRuleViolation("voter-required", "a Board vote must say which Board member cast it");
        }
        if (reviewRoundClosed) {
            throw new DomainRuleViolation("review-round-closed",
                    "review round " + reviewRound + " is closed: its deadline passed");
        }
        if (votes.containsKey(actor)) {
            throw new DomainRuleViolation("vote-once-per-round",
                    actor + " has already voted in review round " + reviewRound);
        }
        // the voter's state is the signed-in member's own (the audit metadata), never one the caller names
        BoardVote vote = command.vote();
        if (!BoardVoteRules.allowedVotes(details, actorMemberState).contains(vote)) {
            throw BoardVoteRules.conflictOfInterest(actorMemberState);
        }
        BoardVoteRules.scoreProblem(vote, command.score()).ifPresent(problem -> {
            throw problem;
        });
        apply(new BoardVoteCastEvent(proposalId, reviewRound, actor, actorMemberState, vote, command.score()));
    }

    @CommandHandler
    public void handle(RemindBoardChairCommand command) {
        requireStage(EnumSet.of(ProposalStage.BOARD_REVIEW), "remind the Board chair about");
        apply(new BoardChairRemindedEvent(proposalId, reviewRound));
    }

    /** Idempotent: a round already closed is closed once. */
    @CommandHandler
    public void handle(CloseBoardReviewRoundCommand command) {
        requireStage(EnumSet.of(ProposalStage.BOARD_REVIEW), "close the review round of");
        if (reviewRoundClosed) {
            return;
        }
        List<String> notVoted = command.reviewers().stream().distinct().filter(m -> !votes.containsKey(m)).toList();
        apply(new BoardReviewRoundClosedEvent(proposalId, reviewRound, command.reason(), notVoted));
    }

    @CommandHandler
    public void handle(RecordBoardDecisionCommand command, BoardVotingPolicy boardVoting,
                       @MetaDataValue(AuditMetadata.REASON) String reason,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.BOARD_REVIEW), "record the Board's decision on");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        BoardTally tally = BoardVotingPolicy.tally(votes.values());
        switch (command.decision()) {
            case APPROVE -> {
                boardVoting.requireApproval(tally);
                Money amount = command.approvedAmount() != null ? command.approvedAmount() : details.requestedAmount();
                requireUsd("approvedAmount", amount);
                if (amount.isZero()) {
                    throw new DomainRuleViolation("approved-amount-must-be-positive",
                            "approvedAmount: an approval is for a positive amount");
                }
                if (amount.isGreaterThan(details.requestedAmount())) {
                    throw new DomainRuleViolation("approved-exceeds-requested",
                            "approvedAmount: " + amount + " is more than the "
                                    + details.requestedAmount() + " requested");
                }
                apply(new ProposalApprovedEvent(proposalId, reviewRound, amount, command.conditions(), tally));
            }
            case REJECT -> apply(new ProposalRejectedEvent(proposalId, reviewRound, tally));
            case REVISE -> {
                String whatToRevise = isBlank(command.conditions()) ? reason : command.conditions();
                if (isBlank(whatToRevise)) {
                    throw new DomainRuleViolation("reason-required",
                            "returning a proposal for revision needs conditions or a comment saying what to revise");
                }
                apply(new ProposalReturnedForRevisionEvent(proposalId, reviewRound, whatToRevise));
            }
        }
    }

    @CommandHandler
    public void handle(AllocateFundsCommand command) {
        requireStage(EnumSet.of(ProposalStage.APPROVED), "allocate funds to");
        requireUsd("amount", command.amount());
        if (command.amount().isZero()) {
            throw new DomainRuleViolation("allocation-must-be-positive", "amount: an allocation is a positive amount");
        }
        Money total = allocated.plus(command.amount());
        if (total.isGreaterThan(approvedAmount)) {
            throw new DomainRuleViolation("allocation-exceeds-approved-amount",
                    "amount: allocating " + command.amount() + " would bring the total to " + total
                            + ", more than the " + approvedAmount + " approved");
        }
        apply(new FundsAllocatedToProposalEvent(proposalId, command.contributionId(), command.amount(), total));
        if (total.compareTo(approvedAmount) == 0) {
            apply(new ProposalFundedEvent(proposalId, total));
        }
    }

    @CommandHandler
    public void handle(ConfirmProjectStartCommand command) {
        requireStage(EnumSet.of(ProposalStage.FUNDED), "start");
        apply(new ProjectStartedEvent(proposalId, command.startDate()));
    }

    @CommandHandler
    public void handle(SubmitProgressReportCommand command) {
        requireStage(EnumSet.of(ProposalStage.IN_EXECUTION), "report on");
        if (periodAwaitingReview != null) {
            throw new DomainRuleViolation("report-awaiting-review",
                    "the report for " + periodAwaitingReview + " awaits review; submit again once it is reviewed");
        }
        if (acceptedPeriods.contains(command.period())) {
            throw new DomainRuleViolation("period-already-reported",
                    "period: the report for " + command.period() + " was already accepted");
        }
        requireUsd("expenditure", command.expenditure());
        Money spent = reportedExpenditure.plus(command.expenditure());
        if (spent.isGreaterThan(allocated)) {
            throw new DomainRuleViolation("expenditure-exceeds-grant",
                    "expenditure: with " + command.expenditure() + " the reports would account for " + spent
                            + " spent, more than the " + allocated + " granted");
        }
        Set<String> indicatorNames = details.indicators().stream().map(Indicator::name).collect(Collectors.toSet());
        for (IndicatorValue value : command.indicatorValues()) {
            if (!indicatorNames.contains(value.name())) {
                throw new DomainRuleViolation("unknown-indicator",
                        "indicators: " + value.name() + " is not in the project's results framework");
            }
        }
        apply(new ProgressReportSubmittedEvent(proposalId, command.period(), command.expenditure(),
                command.indicatorValues(), command.finalReport()));
    }

    /** The period is the ordinal of the report that is due: one more than the reports accepted so far. */
    @CommandHandler
    public void handle(EscalateOverdueReportCommand command) {
        requireStage(EnumSet.of(ProposalStage.IN_EXECUTION, ProposalStage.SUSPENDED), "escalate an overdue report of");
        apply(new ProgressReportOverdueEvent(proposalId, acceptedPeriods.size() + 1, command.dueDate()));
    }

    @CommandHandler
    public void handle(ReviewProgressReportCommand command,
                       @MetaDataValue(AuditMetadata.REASON) String reason,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.IN_EXECUTION), "review a report of");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        if (periodAwaitingReview == null) {
            throw new DomainRuleViolation("no-report-awaiting-review", "no progress report awaits review");
        }
        if (command.review() == ReportReview.ACCEPT) {
            apply(new ProgressReportAcceptedEvent(proposalId, periodAwaitingReview, finalReportAwaitingReview));
        } else {
            if (isBlank(reason)) {
                throw new DomainRuleViolation("reason-required",
                        "asking for changes to a report needs a comment saying which");
            }
            apply(new ProgressReportChangesRequestedEvent(proposalId, periodAwaitingReview));
        }
    }

    @CommandHandler
    public void handle(CompleteFinalEvaluationCommand command,
                       @MetaDataValue(AuditMetadata.ACTOR_ROLES) String roles,
                       @MetaDataValue(AuditMetadata.ACTOR_MEMBER_STATE) String actorMemberState) {
        requireStage(EnumSet.of(ProposalStage.FINAL_EVALUATION), "evaluate");
        requireNotOfficerOfProposingState(roles, actorMemberState);
        Set<DacCriterion> missing = EnumSet.allOf(DacCriterion.class);
        missing.removeAll(command.ratings().keySet());
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("dac-ratings-incomplete",
                    "ratings: every OECD DAC criterion needs a rating; missing " + missing);
        }
        command.ratings().forEach((criterion, rating) -> {
            if (rating == null || rating < 1 || rating > 6) {
                throw new DomainRuleViolation("dac-rating-out-of-range",
                        "ratings: " + criterion + " must be rated from 1 to 6, was " + rating);
            }
        });
        apply(new FinalEvaluationCompletedEvent(proposalId, command.ratings()));
    }

    @CommandHandler
    public void handle(SuspendProposalCommand command, @MetaDataValue(AuditMetadata.REASON) String reason) {
        requireStage(SUSPENDABLE, "suspend");
        if (isBlank(reason)) {
            throw new DomainRuleViolation("reason-required", "suspending a project needs a comment saying why");
        }
        apply(new ProposalSuspendedEvent(proposalId, stage));
    }

    @CommandHandler
    public void handle(ResumeProposalCommand command) {
        requireStage(EnumSet.of(ProposalStage.SUSPENDED), "resume");
        apply(new ProposalResumedEvent(proposalId, suspendedStage));
    }

    @CommandHandler
    public void handle(WithdrawProposalCommand command) {
        requireStage(WITHDRAWABLE, "withdraw");
        apply(new ProposalWithdrawnEvent(proposalId));
    }

    @EventSourcingHandler
    void on(ProposalDraftedEvent event) {
        proposalId = event.proposalId();
    }

    @EventSourcingHandler
    void on(ProposalScreeningBegunEvent event) {
        screeningRound = event.round();
        eligibleByRules = null;
        ineligibilityReasons = List.of();
    }

    @EventSourcingHandler
    void on(ProposalScreenedEvent event, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        screenedBy = actor;
    }

    @EventSourcingHandler
    void on(EligibilityAssessedEvent event) {
        eligibleByRules = event.eligible();
        ineligibilityReasons = event.reasons();
    }

    @EventSourcingHandler
    void on(BoardReviewOpenedEvent event) {
        reviewRound = event.round();
        votes.clear();
        reviewRoundClosed = false;
    }

    @EventSourcingHandler
    void on(BoardReviewRoundClosedEvent event) {
        reviewRoundClosed = true;
    }

    @EventSourcingHandler
    void on(BoardVoteCastEvent event) {
        votes.put(event.voter(), event.vote());
    }

    @EventSourcingHandler
    void on(ProposalApprovedEvent event) {
        approvedAmount = event.approvedAmount();
    }

    @EventSourcingHandler
    void on(FundsAllocatedToProposalEvent event) {
        allocated = event.totalAllocated();
    }

    @EventSourcingHandler
    void on(ProgressReportSubmittedEvent event) {
        periodAwaitingReview = event.period();
        finalReportAwaitingReview = event.finalReport();
        expenditureAwaitingReview = event.expenditure();
    }

    @EventSourcingHandler
    void on(ProgressReportAcceptedEvent event) {
        acceptedPeriods.add(event.period());
        periodAwaitingReview = null;
        if (expenditureAwaitingReview != null) {
            reportedExpenditure = reportedExpenditure.plus(expenditureAwaitingReview);
            expenditureAwaitingReview = null;
        }
    }

    @EventSourcingHandler
    void on(ProgressReportChangesRequestedEvent event) {
        periodAwaitingReview = null;
        expenditureAwaitingReview = null;
    }

    @EventSourcingHandler
    void on(ProposalSuspendedEvent event) {
        suspendedStage = event.suspendedStage();
    }

    @EventSourcingHandler
    void on(ProposalResumedEvent event) {
        suspendedStage = null;
    }

    /** Every other fact: it reaches {@link #followFolds}, as every event does, and changes nothing else here. */
    @EventSourcingHandler
    void on(ProposalEvent event) {
        // the stage and the details alone, below
    }

    /**
     * The one place the proposal's stage moves and its details change: after each event's handler, as
     * {@link ProposalStageTransitions} and {@link ProposalDetailsRevisions} say, the folds the read models, the case
     * readers, the process steps and the tests use too.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    void followFolds(EventMessage<?> event, InterceptorChain chain) throws Exception {
        chain.proceed();
        if (event.getPayload() instanceof ProposalEvent proposalEvent) {
            ProposalStageTransitions.stageAfter(proposalEvent).ifPresent(next -> stage = next);
            ProposalDetailsRevisions.detailsAfter(proposalEvent).ifPresent(revised -> details = revised);
        }
    }

    /** An officer of the proposing state is a party to the case and acts on none of its review tasks. */
    private void requireNotOfficerOfProposingState(String roles, String actorMemberState) {
        if (ActorRoles.isOfficerOf(roles, actorMemberState, details.proposer().memberState())) {
            throw new DomainRuleViolation("proposing-state-officer",
                    "an officer of " + actorMemberState + ", the proposing state, cannot review its own proposal");
        }
    }

    private static void requireUsd(String field, Money money) {
        if (!Money.USD.equals(money.currency())) {
            throw new DomainRuleViolation("currency-not-usd", field + ": proposals are funded in USD");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private void requireStage(Set<ProposalStage> allowed, String action) {
        if (!allowed.contains(stage)) {
            throw new IllegalTransition("cannot " + action + " proposal " + proposalId + " in stage " + stage);
        }
    }

    /** The current stage, for tests in this package. */
    ProposalStage stage() {
        return stage;
    }

    /** What the proposal says now, for tests in this package. */
    ProposalDetails details() {
        return details;
    }
}
