package org.cooperaflow.workflows.offer;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferWithdrawnEvent;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessInstances;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.cooperaflow.workflows.support.WorkflowTimers;
import org.springframework.stereotype.Component;

/**
 * Starts the review of a submitted offer, once per offer even when the event is replayed, and ends it when the
 * offerer withdraws the offer.
 */
@Component
@ProcessingGroup(WorkflowProcessingGroup.NAME)
public class CooperationOfferIngress {

    private final ProcessInstances processes;
    private final CaseFacts facts;
    private final WorkflowTimers timers;

    public CooperationOfferIngress(ProcessInstances processes, CaseFacts facts, WorkflowTimers timers) {
        this.processes = processes;
        this.facts = facts;
        this.timers = timers;
    }

    @EventHandler
    void on(CooperationOfferSubmittedEvent event) {
        processes.startOnce(OfferReviewProcess.KEY, event.offerId(),
                Map.of(OfferReviewProcess.Variables.OFFER_ID, event.offerId(),
                        OfferReviewProcess.Variables.REVIEW_DUE, timers.offerReviewDue()),
                () -> facts.offerStage(event.offerId())
                        .filter(stage -> stage == CooperationOfferStage.WITHDRAWN).isPresent());
    }

    /** Ends the review with its open task; an offer withdrawn after its review ended finds none waiting. */
    @EventHandler
    void on(CooperationOfferWithdrawnEvent event) {
        processes.correlate(OfferReviewProcess.Messages.OFFER_WITHDRAWN, event.offerId());
    }
}
