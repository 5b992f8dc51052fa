package org.cooperaflow.workflows.offer;

import java.util.List;
import java.util.Map;

/**
 * Every id of {@code bpmn/offer-review.bpmn} that Java uses. The business key is the offer id; the app starts an
 * instance when {@code CooperationOfferSubmittedEvent} arrives.
 */
public final class OfferReviewProcess {

    public static final String KEY = "OfferReviewProcess";
    public static final String RESOURCE = "bpmn/offer-review.bpmn";

    private OfferReviewProcess() {
    }

    /** Flow-node ids. */
    public static final class Elements {
        public static final String START_EVENT = "StartEvent_OfferSubmitted";
        public static final String TASK_REVIEW_OFFER = "Task_ReviewOffer";
        public static final String GATEWAY_OFFER_PUBLISHABLE = "Gateway_OfferPublishable";
        public static final String END_EVENT_OFFER_PUBLISHED = "EndEvent_OfferPublished";
        public static final String END_EVENT_OFFER_REJECTED = "EndEvent_OfferRejected";

        /** Interrupting event sub-process: the offerer withdrew the offer, whatever the step. */
        public static final String SUB_PROCESS_OFFER_WITHDRAWN = "SubProcess_OfferWithdrawn";
        public static final String START_EVENT_OFFER_WITHDRAWN = "StartEvent_OfferWithdrawn";
        public static final String END_EVENT_OFFER_WITHDRAWN = "EndEvent_OfferWithdrawn";

        private Elements() {
        }
    }

    /** Process variables: ids and the values gateways need, nothing more. */
    public static final class Variables {
        /** The offer's aggregate id; also the business key. */
        public static final String OFFER_ID = "offerId";
        /** The review's outcome: {@link Outcomes#PUBLISH} or {@link Outcomes#REJECT}. */
        public static final String OUTCOME = "outcome";
        /** When the review falls due, an ISO 8601 duration from the task's creation. */
        public static final String REVIEW_DUE = "offerReviewDue";
        public static final String DEFAULT_REVIEW_DUE = "P14D";

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME} and the outcomes each user task allows. */
    public static final class Outcomes {
        public static final String PUBLISH = "PUBLISH";
        public static final String REJECT = "REJECT";

        /** Allowed outcomes by user-task id. */
        public static final Map<String, List<String>> BY_TASK = Map.of(
                Elements.TASK_REVIEW_OFFER, List.of(PUBLISH, REJECT));

        private Outcomes() {
        }
    }

    /** Message names (equal to the message ids), correlated by business key (the offer id). */
    public static final class Messages {
        /** Correlate on {@code CooperationOfferWithdrawnEvent}; ends the instance with its open review. */
        public static final String OFFER_WITHDRAWN = "Message_CooperationOfferWithdrawn";

        private Messages() {
        }
    }

    /** Candidate groups of the user tasks. */
    public static final class Groups {
        public static final String SECRETARIAT = "secretariat";

        private Groups() {
        }
    }
}
