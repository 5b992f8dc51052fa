package org.cooperaflow.domain.proposal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cooperaflow.domain.proposal.api.BoardChairRemindedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportChangesRequestedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportOverdueEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
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
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;

/**
 * Which stage each proposal event leads to: the one fold of a proposal's stages, used by the aggregate, the read
 * models that follow the stages (list, dashboard, history) and the views rebuilt from events. Written as a table by
 * event type, so that a read model can tell from an event's type alone, before reading its
 * payload, whether the event may move the proposal ({@link #mayMove(Class)}).
 */
public final class ProposalStageTransitions {

    private static final Map<Class<? extends ProposalEvent>, Function<ProposalEvent, ProposalStage>> MOVES =
            Map.ofEntries(
                    Map.entry(ProposalDraftedEvent.class, e -> ProposalStage.DRAFT),
                    Map.entry(ProposalSubmittedEvent.class, e -> ProposalStage.SUBMITTED),
                    Map.entry(ProposalResubmittedEvent.class, e -> ProposalStage.SUBMITTED),
                    Map.entry(ProposalScreeningBegunEvent.class, e -> ProposalStage.SCREENING),
                    Map.entry(ProposalScreenedEvent.class, e -> ((ProposalScreenedEvent) e).outcome()
                            == ScreeningOutcome.COMPLETE ? ProposalStage.ELIGIBILITY
                            : ProposalStage.RETURNED_FOR_REVISION),
                    Map.entry(ProposalFoundIneligibleEvent.class, e -> ProposalStage.INELIGIBLE),
                    Map.entry(BoardReviewOpenedEvent.class, e -> ProposalStage.BOARD_REVIEW),
                    Map.entry(ProposalApprovedEvent.class, e -> ProposalStage.APPROVED),
                    Map.entry(ProposalRejectedEvent.class, e -> ProposalStage.REJECTED),
                    Map.entry(ProposalReturnedForRevisionEvent.class, e -> ProposalStage.RETURNED_FOR_REVISION),
                    Map.entry(ProposalFundedEvent.class, e -> ProposalStage.FUNDED),
                    Map.entry(ProjectStartedEvent.class, e -> ProposalStage.IN_EXECUTION),
                    Map.entry(ProgressReportAcceptedEvent.class, e -> ((ProgressReportAcceptedEvent) e).finalReport()
                            ? ProposalStage.FINAL_EVALUATION : null),
                    Map.entry(FinalEvaluationCompletedEvent.class, e -> ProposalStage.CLOSED),
                    Map.entry(ProposalSuspendedEvent.class, e -> ProposalStage.SUSPENDED),
                    Map.entry(ProposalResumedEvent.class, e -> ((ProposalResumedEvent) e).resumedStage()),
                    Map.entry(ProposalWithdrawnEvent.class, e -> ProposalStage.WITHDRAWN));

    /** The events that never move a proposal. With {@link #MOVES}, every proposal event type: StageFoldTest. */
    private static final Set<Class<? extends ProposalEvent>> STAYS = Set.of(ProposalDraftUpdatedEvent.class,
            EligibilityAssessedEvent.class, EligibilityConfirmedEvent.class, BoardVoteCastEvent.class,
            BoardReviewRoundClosedEvent.class, FundsAllocatedToProposalEvent.class, ProgressReportSubmittedEvent.class,
            ProgressReportChangesRequestedEvent.class, BoardChairRemindedEvent.class, ProgressReportOverdueEvent.class);

    private ProposalStageTransitions() {
    }

    /** The stage after the event, or empty when the event does not move the proposal. */
    public static Optional<ProposalStage> stageAfter(ProposalEvent event) {
        Function<ProposalEvent, ProposalStage> move = MOVES.get(event.getClass());
        return move == null ? Optional.empty() : Optional.ofNullable(move.apply(event));
    }

    /** Whether an event of this type may move a proposal; of any other type, {@link #stageAfter} is always empty. */
    public static boolean mayMove(Class<?> eventType) {
        return MOVES.containsKey(eventType);
    }

    /** Whether the fold has a rule for events of this type: one that may move the proposal, or one that never does. */
    public static boolean knows(Class<?> eventType) {
        return MOVES.containsKey(eventType) != STAYS.contains(eventType);
    }
}
