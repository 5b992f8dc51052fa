package org.cooperaflow.domain.proposal;

import java.util.Optional;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
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
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSuspendedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;

/**
 * Which stage each proposal event leads to: one answer for the read models that follow the
 * stages (list, dashboard, history) and the views rebuilt from events.
 */
public final class ProposalStageTransitions {

    private ProposalStageTransitions() {
    }

    /** The stage after the event, or empty when the event does not move the proposal. */
    public static Optional<ProposalStage> stageAfter(ProposalEvent event) {
        ProposalStage stage = null;
        if (event instanceof ProposalDraftedEvent) {
            stage = ProposalStage.DRAFT;
        } else if (event instanceof ProposalSubmittedEvent || event instanceof ProposalResubmittedEvent) {
            stage = ProposalStage.SUBMITTED;
        } else if (event instanceof ProposalScreeningBegunEvent) {
            stage = ProposalStage.SCREENING;
        } else if (event instanceof ProposalScreenedEvent screened) {
            stage = screened.outcome() == ScreeningOutcome.COMPLETE
                    ? ProposalStage.ELIGIBILITY : ProposalStage.RETURNED_FOR_REVISION;
        } else if (event instanceof ProposalFoundIneligibleEvent) {
            stage = ProposalStage.INELIGIBLE;
        } else if (event instanceof BoardReviewOpenedEvent) {
            stage = ProposalStage.BOARD_REVIEW;
        } else if (event instanceof ProposalApprovedEvent) {
            stage = ProposalStage.APPROVED;
        } else if (event instanceof ProposalRejectedEvent) {
            stage = ProposalStage.REJECTED;
        } else if (event instanceof ProposalReturnedForRevisionEvent) {
            stage = ProposalStage.RETURNED_FOR_REVISION;
        } else if (event instanceof ProposalFundedEvent) {
            stage = ProposalStage.FUNDED;
        } else if (event instanceof ProjectStartedEvent) {
            stage = ProposalStage.IN_EXECUTION;
        } else if (event instanceof ProgressReportAcceptedEvent accepted && accepted.finalReport()) {
            stage = ProposalStage.FINAL_EVALUATION;
        } else if (event instanceof FinalEvaluationCompletedEvent) {
            stage = ProposalStage.CLOSED;
        } else if (event instanceof ProposalSuspendedEvent) {
            stage = ProposalStage.SUSPENDED;
        } else if (event instanceof ProposalResumedEvent resumed) {
            stage = resumed.resumedStage();
        } else if (event instanceof ProposalWithdrawnEvent) {
            stage = ProposalStage.WITHDRAWN;
        }
        return Optional.ofNullable(stage);
    }
}
