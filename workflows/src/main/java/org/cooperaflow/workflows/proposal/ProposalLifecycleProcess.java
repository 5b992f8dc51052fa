package org.cooperaflow.workflows.proposal;

import java.util.List;
import java.util.Map;

/**
 * Every id of {@code bpmn/proposal-lifecycle.bpmn} that Java uses: the process, its elements,
 * variables, messages and delegate beans. Tests and delegates use these, never string literals.
 *
 * <p>The business key is the proposal id. The app starts an instance when {@code ProposalSubmittedEvent}
 * arrives, with {@link Variables#PROPOSAL_ID} and the four timer durations of {@link Variables}.
 */
public final class ProposalLifecycleProcess {

    public static final String KEY = "ProposalLifecycleProcess";
    public static final String RESOURCE = "bpmn/proposal-lifecycle.bpmn";

    private ProposalLifecycleProcess() {
    }

    /** Flow-node ids. */
    public static final class Elements {
        public static final String START_EVENT = "StartEvent_ProposalSubmitted";
        public static final String GATEWAY_SCREENING_ENTRY = "Gateway_ScreeningEntry";
        public static final String SERVICE_TASK_BEGIN_SCREENING = "ServiceTask_BeginScreening";
        public static final String TASK_SCREEN_PROPOSAL = "Task_ScreenProposal";
        public static final String GATEWAY_SCREENING_COMPLETE = "Gateway_ScreeningComplete";

        /** Merges the two ways back to the proposer: incomplete at screening, or REVISE by the Board. */
        public static final String GATEWAY_AWAIT_REVISION = "Gateway_AwaitRevision";
        public static final String GATEWAY_AWAIT_RESUBMISSION = "Gateway_AwaitResubmission";
        public static final String EVENT_PROPOSAL_RESUBMITTED = "Event_ProposalResubmitted";
        public static final String EVENT_REVISION_TIMED_OUT = "Event_RevisionTimedOut";
        public static final String SERVICE_TASK_WITHDRAW_UNREVISED_PROPOSAL = "ServiceTask_WithdrawUnrevisedProposal";
        public static final String END_EVENT_UNREVISED_PROPOSAL_WITHDRAWN = "EndEvent_UnrevisedProposalWithdrawn";

        public static final String TASK_ASSESS_ELIGIBILITY = "Task_AssessEligibility";
        public static final String TASK_CONFIRM_ELIGIBILITY = "Task_ConfirmEligibility";
        public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";
        public static final String END_EVENT_PROPOSAL_INELIGIBLE = "EndEvent_ProposalIneligible";

        public static final String SERVICE_TASK_OPEN_BOARD_REVIEW = "ServiceTask_OpenBoardReview";
        /** Parallel multi-instance: one task per Board member. */
        public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
        /** Non-interrupting: the chair is reminded, the review goes on. */
        public static final String BOUNDARY_EVENT_REVIEW_REMINDER = "BoundaryEvent_ReviewReminder";
        /** Interrupting: open reviews are cancelled and the chair records the decision. */
        public static final String BOUNDARY_EVENT_REVIEW_DEADLINE = "BoundaryEvent_ReviewDeadline";
        public static final String SERVICE_TASK_REMIND_BOARD_CHAIR = "ServiceTask_RemindBoardChair";
        public static final String END_EVENT_BOARD_CHAIR_REMINDED = "EndEvent_BoardChairReminded";
        /** On the deadline path: records on the proposal that the round ended, and who had not voted. */
        public static final String SERVICE_TASK_CLOSE_BOARD_REVIEW_ROUND = "ServiceTask_CloseBoardReviewRound";
        public static final String GATEWAY_REVIEW_ROUND_CLOSED = "Gateway_ReviewRoundClosed";
        public static final String TASK_RECORD_BOARD_DECISION = "Task_RecordBoardDecision";
        public static final String GATEWAY_BOARD_DECISION = "Gateway_BoardDecision";
        public static final String END_EVENT_PROPOSAL_REJECTED = "EndEvent_ProposalRejected";

        public static final String GATEWAY_ALLOCATION_ENTRY = "Gateway_AllocationEntry";
        public static final String TASK_ALLOCATE_FUNDS = "Task_AllocateFunds";
        public static final String GATEWAY_FULLY_FUNDED = "Gateway_FullyFunded";

        public static final String TASK_CONFIRM_START = "Task_ConfirmStart";
        public static final String GATEWAY_NEXT_REPORT = "Gateway_NextReport";
        public static final String TASK_SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
        /** Non-interrupting, at the report's due date: the report stays open and the manager is told. */
        public static final String BOUNDARY_EVENT_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
        public static final String SERVICE_TASK_ESCALATE_OVERDUE_REPORT = "ServiceTask_EscalateOverdueReport";
        public static final String END_EVENT_OVERDUE_REPORT_ESCALATED = "EndEvent_OverdueReportEscalated";
        public static final String TASK_REVIEW_PROGRESS_REPORT = "Task_ReviewProgressReport";
        public static final String GATEWAY_REPORT_ACCEPTED = "Gateway_ReportAccepted";
        public static final String GATEWAY_FINAL_REPORT = "Gateway_FinalReport";

        public static final String TASK_FINAL_EVALUATION = "Task_FinalEvaluation";
        public static final String END_EVENT_PROPOSAL_CLOSED = "EndEvent_ProposalClosed";

        /** Interrupting event sub-process: the proposer withdrew, whatever the stage. */
        public static final String SUB_PROCESS_PROPOSAL_WITHDRAWN = "SubProcess_ProposalWithdrawn";
        public static final String START_EVENT_PROPOSAL_WITHDRAWN = "StartEvent_ProposalWithdrawn";
        public static final String END_EVENT_PROPOSAL_WITHDRAWN = "EndEvent_ProposalWithdrawn";

        private Elements() {
        }
    }

    /** Process variables: ids and the values gateways need, nothing more. */
    public static final class Variables {
        /** The proposal's aggregate id; also the business key. */
        public static final String PROPOSAL_ID = "proposalId";
        /**
         * The candidate group of the proposer's tasks (confirm start, progress reports): the officers of the
         * proposing state, {@link Groups#memberState(String)}; set at start.
         */
        public static final String PROPOSER_GROUP = "proposerGroup";
        /** The outcome of the last completed user task (COMPLETE, INCOMPLETE, ELIGIBLE, ...); see {@link Outcomes}. */
        public static final String OUTCOME = "outcome";
        /** {@code List<String>} of the user ids that review in this round; set by {@link Delegates#OPEN_BOARD_REVIEW}. */
        public static final String BOARD_MEMBERS = "boardMembers";
        /** The element variable of the multi-instance review: the reviewing member's user id (local to each task). */
        public static final String BOARD_MEMBER = "boardMember";
        /** Boolean: the allocations now cover the approved amount; set when {@code ALLOCATE} completes. */
        public static final String FULLY_FUNDED = "fullyFunded";
        /** Boolean: the submitted report is the last one ({@code data.final}); set when {@code SUBMIT} completes. */
        public static final String FINAL_REPORT = "finalReport";

        /** ISO 8601 duration the proposer has to resubmit before the proposal is withdrawn. */
        public static final String REVISION_TIMEOUT = "revisionTimeout";
        public static final String DEFAULT_REVISION_TIMEOUT = "P30D";
        /** ISO 8601 duration after the review round opens when the chair is reminded. */
        public static final String REVIEW_REMINDER = "reviewReminder";
        public static final String DEFAULT_REVIEW_REMINDER = "P10D";
        /** ISO 8601 duration after the review round opens when the round ends, votes cast or not. */
        public static final String REVIEW_DEADLINE = "reviewDeadline";
        public static final String DEFAULT_REVIEW_DEADLINE = "P14D";
        /** ISO 8601 duration of a reporting period: each report task is due, and escalated, that long after it opens. */
        public static final String REPORTING_PERIOD = "reportingPeriod";
        public static final String DEFAULT_REPORTING_PERIOD = "P3M";

        /** The start variables with every timer at its default (what {@code WorkflowTimers} gives when unset). */
        public static final Map<String, String> TIMER_DEFAULTS = Map.of(
                REVISION_TIMEOUT, DEFAULT_REVISION_TIMEOUT,
                REVIEW_REMINDER, DEFAULT_REVIEW_REMINDER,
                REVIEW_DEADLINE, DEFAULT_REVIEW_DEADLINE,
                REPORTING_PERIOD, DEFAULT_REPORTING_PERIOD);

        private Variables() {
        }
    }

    /** Values of {@link Variables#OUTCOME} that the gateways test, and the outcomes each user task allows. */
    public static final class Outcomes {
        public static final String COMPLETE = "COMPLETE";
        public static final String INCOMPLETE = "INCOMPLETE";
        public static final String ELIGIBLE = "ELIGIBLE";
        public static final String INELIGIBLE = "INELIGIBLE";
        public static final String APPROVE = "APPROVE";
        public static final String REJECT = "REJECT";
        public static final String ABSTAIN = "ABSTAIN";
        public static final String RECUSE = "RECUSE";
        public static final String REVISE = "REVISE";
        public static final String ALLOCATE = "ALLOCATE";
        public static final String START = "START";
        public static final String SUBMIT = "SUBMIT";
        public static final String ACCEPT = "ACCEPT";
        public static final String REQUEST_CHANGES = "REQUEST_CHANGES";

        /** Allowed outcomes by user-task id, in the order a form shows them. */
        public static final Map<String, List<String>> BY_TASK = Map.of(
                Elements.TASK_SCREEN_PROPOSAL, List.of(COMPLETE, INCOMPLETE),
                Elements.TASK_CONFIRM_ELIGIBILITY, List.of(ELIGIBLE, INELIGIBLE),
                Elements.TASK_REVIEW_PROPOSAL, List.of(APPROVE, REJECT, ABSTAIN, RECUSE),
                Elements.TASK_RECORD_BOARD_DECISION, List.of(APPROVE, REJECT, REVISE),
                Elements.TASK_ALLOCATE_FUNDS, List.of(ALLOCATE),
                Elements.TASK_CONFIRM_START, List.of(START),
                Elements.TASK_SUBMIT_PROGRESS_REPORT, List.of(SUBMIT),
                Elements.TASK_REVIEW_PROGRESS_REPORT, List.of(ACCEPT, REQUEST_CHANGES),
                Elements.TASK_FINAL_EVALUATION, List.of(COMPLETE));

        private Outcomes() {
        }
    }

    /** Message names (equal to the message ids), correlated by business key (the proposal id). */
    public static final class Messages {
        /** Correlate on {@code ProposalResubmittedEvent}; only waited for after INCOMPLETE or REVISE. */
        public static final String PROPOSAL_RESUBMITTED = "Message_ProposalResubmitted";
        /**
         * Correlate on {@code ProposalWithdrawnEvent}; ends the instance at any stage. The instance has already
         * ended when {@link Delegates#WITHDRAW_UNREVISED_PROPOSAL} caused the event, so no match is normal then.
         */
        public static final String PROPOSAL_WITHDRAWN = "Message_ProposalWithdrawn";

        private Messages() {
        }
    }

    /** Names of the Spring beans that the model's service tasks call by delegate expression. */
    public static final class Delegates {
        /** Sends {@code BeginScreeningCommand}. */
        public static final String BEGIN_SCREENING = "beginScreening";
        /** Sends {@code WithdrawProposalCommand} (reason: not resubmitted within the revision timeout). */
        public static final String WITHDRAW_UNREVISED_PROPOSAL = "withdrawUnrevisedProposal";
        /**
         * Evaluates {@link EligibilityDecision} through the DecisionService and sends
         * {@code RecordEligibilityAssessmentCommand} with the decision version, its inputs and reasons.
         */
        public static final String ASSESS_ELIGIBILITY = "assessEligibility";
        /**
         * Sets {@link Variables#BOARD_MEMBERS} to the users of group board ({@link BoardMembers}); the round itself
         * was opened on the proposal by {@code ConfirmEligibilityCommand} ELIGIBLE, so it sends no command.
         */
        public static final String OPEN_BOARD_REVIEW = "openBoardReview";
        /** Sends {@code RemindBoardChairCommand} (records that the chair was reminded of the open reviews). */
        public static final String REMIND_BOARD_CHAIR = "remindBoardChair";
        /**
         * Sends {@code CloseBoardReviewRoundCommand} (reason {@link #CLOSE_REASON_DEADLINE}, the round's
         * {@link Variables#BOARD_MEMBERS}) when the review deadline cancels the reviews still open.
         */
        public static final String CLOSE_BOARD_REVIEW_ROUND = "closeBoardReviewRound";
        /** The reason the deadline path gives for closing the round. */
        public static final String CLOSE_REASON_DEADLINE = "deadline";
        /** Sends {@code EscalateOverdueReportCommand} (the manager is told; the report task stays open). */
        public static final String ESCALATE_OVERDUE_REPORT = "escalateOverdueReport";

        private Delegates() {
        }
    }

    /** Candidate groups of the user tasks (the users' roles). */
    public static final class Groups {
        public static final String SECRETARIAT = "secretariat";
        public static final String ELIGIBILITY = "eligibility";
        /** Not a candidate group: {@link Delegates#OPEN_BOARD_REVIEW} assigns one review to each of its users. */
        public static final String BOARD = "board";
        public static final String BOARD_CHAIR = "board-chair";
        public static final String FUND_MANAGER = "fund-manager";
        /** The role of member-state officers; not a candidate group itself, see {@link #memberState(String)}. */
        public static final String MEMBER_STATE = "member-state";
        /** Prefix of the group that each officer has for their own state, such as {@code member-state-JM}. */
        public static final String MEMBER_STATE_PREFIX = MEMBER_STATE + "-";

        /** The group of the officers of one member state (ISO 3166-1 alpha-2): the candidates of its tasks. */
        public static String memberState(String iso2) {
            return MEMBER_STATE_PREFIX + iso2;
        }

        private Groups() {
        }
    }
}
