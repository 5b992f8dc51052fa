package org.cooperaflow.workflows.contribution;

import java.util.List;
import java.util.Map;

/**
 * Every id of {@code bpmn/contribution.bpmn} that Java uses. The business key is the contribution id;
 * the app starts an instance when {@code ContributionPledgedEvent} arrives, with
 * {@link Variables#CONTRIBUTION_ID} and {@link Variables#RECEIPT_REMINDER}.
 *
 * <p>The fund manager completes {@link Elements#TASK_CONFIRM_RECEIPT} with {@link Outcomes#CONFIRM}, recording
 * the receipt, once the money has arrived; a receipt recorded through the API instead ends the task through
 * {@link Messages#CONTRIBUTION_RECEIVED}; a cancelled pledge ends it through {@link Messages#PLEDGE_CANCELLED}, its
 * reminder timer with it. Until then a non-interrupting timer reminds the fund manager once. (A user task, so the
 * pending receipt sits in the fund manager's task list.)
 */
public final class ContributionProcess {

    public static final String KEY = "ContributionProcess";
    public static final String RESOURCE = "bpmn/contribution.bpmn";

    private ContributionProcess() {
    }

    /** Flow-node ids. */
    public static final class Elements {
        public static final String START_EVENT = "StartEvent_ContributionPledged";
        public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
        /** Non-interrupting: the fund manager is reminded, the task stays open. */
        public static final String BOUNDARY_EVENT_RECEIPT_REMINDER = "BoundaryEvent_ReceiptReminder";
        public static final String SERVICE_TASK_REMIND_FUND_MANAGER = "ServiceTask_RemindFundManager";
        public static final String END_EVENT_FUND_MANAGER_REMINDED = "EndEvent_FundManagerReminded";
        public static final String END_EVENT_RECEIPT_CONFIRMED = "EndEvent_ReceiptConfirmed";
        /** Interrupting: a receipt was recorded (through the API), so there is nothing left to confirm. */
        public static final String BOUNDARY_EVENT_CONTRIBUTION_RECEIVED = "BoundaryEvent_ContributionReceived";
        public static final String END_EVENT_RECEIPT_RECORDED = "EndEvent_ReceiptRecorded";
        /** Interrupting: the pledge was cancelled, so no money is awaited and no reminder is due. */
        public static final String BOUNDARY_EVENT_PLEDGE_CANCELLED = "BoundaryEvent_PledgeCancelled";
        public static final String END_EVENT_PLEDGE_CANCELLED = "EndEvent_PledgeCancelled";

        private Elements() {
        }
    }

    /** Process variables: ids and timer durations, nothing more. */
    public static final class Variables {
        /** The contribution's aggregate id; also the business key. */
        public static final String CONTRIBUTION_ID = "contributionId";
        /** The outcome of the last completed user task; see {@link Outcomes}. */
        public static final String OUTCOME = "outcome";
        /** ISO 8601 duration after the pledge when the fund manager is reminded to confirm the receipt. */
        public static final String RECEIPT_REMINDER = "receiptReminder";
        public static final String DEFAULT_RECEIPT_REMINDER = "P30D";

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME} and the outcomes each user task allows. */
    public static final class Outcomes {
        public static final String CONFIRM = "CONFIRM";

        /** Allowed outcomes by user-task id. */
        public static final Map<String, List<String>> BY_TASK = Map.of(
                Elements.TASK_CONFIRM_RECEIPT, List.of(CONFIRM));

        private Outcomes() {
        }
    }

    /** Message names (equal to the message ids), correlated by business key (the contribution id). */
    public static final class Messages {
        /** Correlate on {@code ContributionReceivedEvent}; no waiting instance (a later instalment) is normal. */
        public static final String CONTRIBUTION_RECEIVED = "Message_ContributionReceived";
        /** Correlate on {@code ContributionPledgeCancelledEvent}; no waiting instance (a replay) is normal. */
        public static final String PLEDGE_CANCELLED = "Message_PledgeCancelled";

        private Messages() {
        }
    }

    /** Names of the Spring beans that the model's service tasks call by delegate expression. */
    public static final class Delegates {
        /** Sends {@code RemindFundManagerCommand} (records that the fund manager was reminded of the pending receipt). */
        public static final String REMIND_FUND_MANAGER = "remindFundManager";

        private Delegates() {
        }
    }

    /** Candidate groups of the user tasks. */
    public static final class Groups {
        public static final String FUND_MANAGER = "fund-manager";

        private Groups() {
        }
    }
}
