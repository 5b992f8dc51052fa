package org.cooperaflow.workflows.request;

import java.util.List;
import java.util.Map;

/**
 * Every id of {@code bpmn/cooperation-request.bpmn} that Java uses. The business key is the request id;
 * the app starts an instance when {@code CooperationRequestSubmittedEvent} arrives.
 */
public final class CooperationRequestProcess {

    public static final String KEY = "CooperationRequestProcess";
    public static final String RESOURCE = "bpmn/cooperation-request.bpmn";

    private CooperationRequestProcess() {
    }

    /** Flow-node ids. */
    public static final class Elements {
        public static final String START_EVENT = "StartEvent_RequestSubmitted";
        public static final String SERVICE_TASK_BEGIN_DIAGNOSIS = "ServiceTask_BeginDiagnosis";
        public static final String TASK_DIAGNOSE_NEED = "Task_DiagnoseNeed";
        public static final String GATEWAY_NEED_PUBLISHABLE = "Gateway_NeedPublishable";
        public static final String END_EVENT_NEED_PUBLISHED = "EndEvent_NeedPublished";
        public static final String END_EVENT_NEED_REJECTED = "EndEvent_NeedRejected";

        /** Interrupting event sub-process: the member state withdrew the request, whatever the step. */
        public static final String SUB_PROCESS_REQUEST_WITHDRAWN = "SubProcess_RequestWithdrawn";
        public static final String START_EVENT_REQUEST_WITHDRAWN = "StartEvent_RequestWithdrawn";
        public static final String END_EVENT_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";

        private Elements() {
        }
    }

    /** Process variables: ids and the values gateways need, nothing more. */
    public static final class Variables {
        /** The cooperation request's aggregate id; also the business key. */
        public static final String REQUEST_ID = "requestId";
        /** The outcome of the diagnosis: {@link Outcomes#PUBLISH} or {@link Outcomes#REJECT}. */
        public static final String OUTCOME = "outcome";

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME} and the outcomes each user task allows. */
    public static final class Outcomes {
        public static final String PUBLISH = "PUBLISH";
        public static final String REJECT = "REJECT";

        /** Allowed outcomes by user-task id. */
        public static final Map<String, List<String>> BY_TASK = Map.of(
                Elements.TASK_DIAGNOSE_NEED, List.of(PUBLISH, REJECT));

        private Outcomes() {
        }
    }

    /** Message names (equal to the message ids), correlated by business key (the request id). */
    public static final class Messages {
        /**
         * Correlate on {@code CooperationRequestWithdrawnEvent}; ends the instance with its open diagnosis. A request
         * withdrawn after its process ended (published, rejected) has no instance waiting, and nothing happens.
         */
        public static final String REQUEST_WITHDRAWN = "Message_CooperationRequestWithdrawn";

        private Messages() {
        }
    }

    /** Names of the Spring beans that the model's service tasks call by delegate expression. */
    public static final class Delegates {
        /** Sends {@code BeginDiagnosisCommand}. */
        public static final String BEGIN_DIAGNOSIS = "beginDiagnosis";

        private Delegates() {
        }
    }

    /** Candidate groups of the user tasks. */
    public static final class Groups {
        public static final String SECRETARIAT = "secretariat";

        private Groups() {
        }
    }
}
