package org.cooperaflow.domain.proposal;

import java.util.Optional;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
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
        if (event instanceof ProposalDraftedEvent) {
            return Optional.of(ProposalStage.DRAFT);
        }
        if (event instanceof ProposalSubmittedEvent || event instanceof ProposalResubmittedEvent) {
            return Optional.of(ProposalStage.SUBMITTED);
        }
        if (event instanceof ProposalScreeningBegunEvent) {
            return Optional.of(ProposalStage.SCREENING);
        }
        if (event instanceof ProposalScreenedEvent screened) {
            return Optional.of(screened.outcome() == ScreeningOutcome.COMPLETE
                    ? ProposalStage.ELIGIBILITY : ProposalStage.RETURNED_FOR_REVISION);
        }
        if (event instanceof ProposalWithdrawnEvent) {
            return Optional.of(ProposalStage.WITHDRAWN);
        }
        return Optional.empty();
    }
}
