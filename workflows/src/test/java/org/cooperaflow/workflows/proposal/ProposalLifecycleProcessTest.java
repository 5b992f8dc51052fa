package org.cooperaflow.workflows.proposal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.cooperaflow.workflows.ProcessTestClock.after;
import static org.cooperaflow.workflows.ProcessTestClock.advance;
import static org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements.*;
import static org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.ProcessTestClock;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Delegates;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Groups;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Messages;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@code proposal-lifecycle.bpmn}; delegates are mocks, timers are moved, never waited for. */
@Deployment(resources = ProposalLifecycleProcess.RESOURCE)
class ProposalLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String PROPOSAL_ID = "proposal-42";
    private static final List<String> BOARD = List.of("board1", "board2", "chair");
    /** Only the officers of the proposing state act on its start and reports. */
    private static final String PROPOSER_GROUP = Groups.memberState("JM");

    /** Short timers, as the demo profile sets them, so each test shows the variable drives the timer. */
    private static final String REVISION_TIMEOUT = "P5D";
    private static final String REVIEW_REMINDER = "P2D";
    private static final String REVIEW_DEADLINE = "P4D";
    private static final String REPORTING_PERIOD = "P1M";

    private final JavaDelegate beginScreening = mock(JavaDelegate.class);
    private final JavaDelegate withdrawUnrevisedProposal = mock(JavaDelegate.class);
    private final JavaDelegate assessEligibility = mock(JavaDelegate.class);
    private final JavaDelegate openBoardReview = mock(JavaDelegate.class);
    private final JavaDelegate remindBoardChair = mock(JavaDelegate.class);
    private final JavaDelegate escalateOverdueReport = mock(JavaDelegate.class);
    private final JavaDelegate closeBoardReviewRound = mock(JavaDelegate.class);

    ProcessEngine processEngine;
    private ProcessInstance instance;

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(processEngine);
        ProcessTestClock.start();
        Mocks.register(Delegates.BEGIN_SCREENING, beginScreening);
        Mocks.register(Delegates.WITHDRAW_UNREVISED_PROPOSAL, withdrawUnrevisedProposal);
        Mocks.register(Delegates.ASSESS_ELIGIBILITY, assessEligibility);
        Mocks.register(Delegates.OPEN_BOARD_REVIEW, openBoardReview);
        Mocks.register(Delegates.REMIND_BOARD_CHAIR, remindBoardChair);
        Mocks.register(Delegates.ESCALATE_OVERDUE_REPORT, escalateOverdueReport);
        Mocks.register(Delegates.CLOSE_BOARD_REVIEW_ROUND, closeBoardReviewRound);
        doAnswer(invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable(Variables.BOARD_MEMBERS, BOARD);
            return null;
        }).when(openBoardReview).execute(any());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ProcessTestClock.reset();
    }

    @Test
    void approvedProposalRunsFromSubmissionThroughExecutionToClosure() throws Exception {
        ProcessInstance proposal = start(Variables.TIMER_DEFAULTS);
        assertThat(proposal).isWaitingAtExactly(TASK_SCREEN_PROPOSAL);
        assertThat(task()).hasCandidateGroup(Groups.SECRETARIAT);
        verify(beginScreening).execute(any());

        complete(task(), withVariables(Variables.OUTCOME, COMPLETE));
        verify(assessEligibility).execute(any());
        assertThat(proposal).isWaitingAtExactly(TASK_CONFIRM_ELIGIBILITY);
        assertThat(task()).hasCandidateGroup(Groups.ELIGIBILITY);

        complete(task(), withVariables(Variables.OUTCOME, ELIGIBLE));
        assertThat(proposal).isWaitingAt(TASK_REVIEW_PROPOSAL);
        for (String member : BOARD) {
            complete(reviewOf(member), withVariables(Variables.OUTCOME, APPROVE));
        }
        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_BOARD_DECISION);
        assertThat(task()).hasCandidateGroup(Groups.BOARD_CHAIR);

        complete(task(), withVariables(Variables.OUTCOME, APPROVE));
        assertThat(proposal).isWaitingAtExactly(TASK_ALLOCATE_FUNDS);
        assertThat(task()).hasCandidateGroup(Groups.FUND_MANAGER);

        complete(task(), withVariables(Variables.OUTCOME, ALLOCATE, Variables.FULLY_FUNDED, true));
        assertThat(proposal).isWaitingAtExactly(TASK_CONFIRM_START);
        assertThat(task()).hasCandidateGroup(PROPOSER_GROUP);

        complete(task(), withVariables(Variables.OUTCOME, START));
        assertThat(proposal).isWaitingAtExactly(TASK_SUBMIT_PROGRESS_REPORT);
        assertThat(task()).hasCandidateGroup(PROPOSER_GROUP)
                .hasDueDate(after(Variables.DEFAULT_REPORTING_PERIOD));

        complete(task(), withVariables(Variables.OUTCOME, SUBMIT));
        assertThat(proposal).isWaitingAtExactly(TASK_REVIEW_PROGRESS_REPORT);
        assertThat(task()).hasCandidateGroup(Groups.SECRETARIAT);

        complete(task(), withVariables(Variables.OUTCOME, ACCEPT, Variables.FINAL_REPORT, true));
        assertThat(proposal).isWaitingAtExactly(TASK_FINAL_EVALUATION);
        assertThat(task()).hasCandidateGroup(Groups.SECRETARIAT);

        complete(task(), withVariables(Variables.OUTCOME, COMPLETE));
        assertThat(proposal).isEnded().hasPassed(TASK_FINAL_EVALUATION, END_EVENT_PROPOSAL_CLOSED)
                .hasNotPassed(GATEWAY_AWAIT_REVISION, BOUNDARY_EVENT_REVIEW_DEADLINE, BOUNDARY_EVENT_REPORT_OVERDUE);
    }

    @Test
    void incompleteProposalWaitsForTheProposerAndIsScreenedAgainWhenResubmitted() throws Exception {
        ProcessInstance proposal = start();

        complete(task(), withVariables(Variables.OUTCOME, INCOMPLETE));
        assertThat(proposal).isWaitingAtExactly(GATEWAY_AWAIT_RESUBMISSION);
        Assertions.assertThat(revisionTimeoutJob().getDuedate()).isEqualTo(after(REVISION_TIMEOUT));

        resubmit();
        assertThat(proposal).isWaitingAtExactly(TASK_SCREEN_PROPOSAL).hasPassed(EVENT_PROPOSAL_RESUBMITTED);
        verify(beginScreening, times(2)).execute(any());
        verify(withdrawUnrevisedProposal, never()).execute(any());
    }

    @Test
    void incompleteProposalNotResubmittedInTimeIsWithdrawn() throws Exception {
        ProcessInstance proposal = start();
        complete(task(), withVariables(Variables.OUTCOME, INCOMPLETE));

        advance(REVISION_TIMEOUT);
        execute(revisionTimeoutJob());

        verify(withdrawUnrevisedProposal).execute(any());
        assertThat(proposal).isEnded().hasPassed(EVENT_REVISION_TIMED_OUT, END_EVENT_UNREVISED_PROPOSAL_WITHDRAWN)
                .hasNotPassed(EVENT_PROPOSAL_RESUBMITTED);
    }

    @Test
    void ineligibleProposalEnds() throws Exception {
        ProcessInstance proposal = start();
        complete(task(), withVariables(Variables.OUTCOME, COMPLETE));

        complete(task(), withVariables(Variables.OUTCOME, INELIGIBLE));

        assertThat(proposal).isEnded().hasPassed(TASK_ASSESS_ELIGIBILITY, END_EVENT_PROPOSAL_INELIGIBLE);
        verify(openBoardReview, never()).execute(any());
    }

    @Test
    void eachBoardMemberGetsTheirOwnReview() throws Exception {
        ProcessInstance proposal = toBoardReview();

        Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_REVIEW_PROPOSAL).count()).isEqualTo(BOARD.size());
        for (String member : BOARD) {
            assertThat(reviewOf(member)).isAssignedTo(member).hasDueDate(after(REVIEW_DEADLINE));
        }
        complete(reviewOf("board1"), withVariables(Variables.OUTCOME, REJECT));
        complete(reviewOf("board2"), withVariables(Variables.OUTCOME, RECUSE));
        assertThat(proposal).isWaitingAt(TASK_REVIEW_PROPOSAL);

        complete(reviewOf("chair"), withVariables(Variables.OUTCOME, ABSTAIN));
        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_BOARD_DECISION)
                .hasNotPassed(SERVICE_TASK_CLOSE_BOARD_REVIEW_ROUND);
        verify(closeBoardReviewRound, never()).execute(any());
    }

    @Test
    void boardRejectionEndsTheProposal() throws Exception {
        ProcessInstance proposal = toBoardDecision();

        complete(task(), withVariables(Variables.OUTCOME, REJECT));

        assertThat(proposal).isEnded().hasPassed(END_EVENT_PROPOSAL_REJECTED).hasNotPassed(TASK_ALLOCATE_FUNDS);
    }

    @Test
    void boardRevisionReturnsTheProposalToTheProposerAndThenToScreening() throws Exception {
        ProcessInstance proposal = toBoardDecision();

        complete(task(), withVariables(Variables.OUTCOME, REVISE));
        assertThat(proposal).isWaitingAtExactly(GATEWAY_AWAIT_RESUBMISSION);
        Assertions.assertThat(revisionTimeoutJob().getDuedate()).isEqualTo(after(REVISION_TIMEOUT));

        resubmit();
        assertThat(proposal).isWaitingAtExactly(TASK_SCREEN_PROPOSAL);
        verify(beginScreening, times(2)).execute(any());
    }

    @Test
    void reviewReminderTellsTheChairAndKeepsTheReviewsOpen() throws Exception {
        ProcessInstance proposal = toBoardReview();
        Job reminder = timerAt(BOUNDARY_EVENT_REVIEW_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(after(REVIEW_REMINDER));

        advance(REVIEW_REMINDER);
        execute(reminder);

        verify(remindBoardChair).execute(any());
        assertThat(proposal).isWaitingAt(TASK_REVIEW_PROPOSAL).hasPassed(END_EVENT_BOARD_CHAIR_REMINDED);
        Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_REVIEW_PROPOSAL).count()).isEqualTo(BOARD.size());
    }

    @Test
    void reviewDeadlineEndsTheRoundWithReviewsStillOpen() throws Exception {
        ProcessInstance proposal = toBoardReview();
        complete(reviewOf("board1"), withVariables(Variables.OUTCOME, APPROVE));
        Job deadline = timerAt(BOUNDARY_EVENT_REVIEW_DEADLINE);
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(after(REVIEW_DEADLINE));

        advance(REVIEW_DEADLINE);
        execute(deadline);

        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_BOARD_DECISION)
                .hasPassed(BOUNDARY_EVENT_REVIEW_DEADLINE, SERVICE_TASK_CLOSE_BOARD_REVIEW_ROUND);
        verify(closeBoardReviewRound).execute(any());
        Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_REVIEW_PROPOSAL).count()).isZero();
        assertThat(timerAt(BOUNDARY_EVENT_REVIEW_REMINDER)).isNull();
    }

    @Test
    void partialAllocationKeepsTheProposalWithTheFundManager() throws Exception {
        ProcessInstance proposal = toBoardDecision();
        complete(task(), withVariables(Variables.OUTCOME, APPROVE));

        complete(task(), withVariables(Variables.OUTCOME, ALLOCATE, Variables.FULLY_FUNDED, false));
        assertThat(proposal).isWaitingAtExactly(TASK_ALLOCATE_FUNDS);

        complete(task(), withVariables(Variables.OUTCOME, ALLOCATE, Variables.FULLY_FUNDED, true));
        assertThat(proposal).isWaitingAtExactly(TASK_CONFIRM_START);
    }

    @Test
    void requestedChangesReopenTheProgressReport() throws Exception {
        ProcessInstance proposal = toExecution();
        complete(task(), withVariables(Variables.OUTCOME, SUBMIT));

        complete(task(), withVariables(Variables.OUTCOME, REQUEST_CHANGES));

        assertThat(proposal).isWaitingAtExactly(TASK_SUBMIT_PROGRESS_REPORT);
        assertThat(task()).hasCandidateGroup(PROPOSER_GROUP);
    }

    @Test
    void acceptedReportThatIsNotFinalOpensTheNextPeriod() throws Exception {
        ProcessInstance proposal = toExecution();
        advance("P20D");
        complete(task(), withVariables(Variables.OUTCOME, SUBMIT));

        complete(task(), withVariables(Variables.OUTCOME, ACCEPT, Variables.FINAL_REPORT, false));

        assertThat(proposal).isWaitingAtExactly(TASK_SUBMIT_PROGRESS_REPORT).hasNotPassed(TASK_FINAL_EVALUATION);
        assertThat(task()).hasDueDate(after(REPORTING_PERIOD));
        Assertions.assertThat(timerAt(BOUNDARY_EVENT_REPORT_OVERDUE).getDuedate()).isEqualTo(after(REPORTING_PERIOD));
    }

    @Test
    void overdueReportIsEscalatedToTheManagerAndStaysOpen() throws Exception {
        ProcessInstance proposal = toExecution();
        Task report = task();
        assertThat(report).hasDueDate(after(REPORTING_PERIOD));
        Job overdue = timerAt(BOUNDARY_EVENT_REPORT_OVERDUE);
        Assertions.assertThat(overdue.getDuedate()).isEqualTo(report.getDueDate());

        advance(REPORTING_PERIOD);
        execute(overdue);

        verify(escalateOverdueReport).execute(any());
        assertThat(proposal).isWaitingAtExactly(TASK_SUBMIT_PROGRESS_REPORT).hasPassed(END_EVENT_OVERDUE_REPORT_ESCALATED);
        Assertions.assertThat(task().getId()).isEqualTo(report.getId());
    }

    @Test
    void proposerWithdrawalEndsTheProcessAtAnyStage() throws Exception {
        ProcessInstance proposal = toBoardReview();

        runtimeService().createMessageCorrelation(Messages.PROPOSAL_WITHDRAWN)
                .processInstanceBusinessKey(PROPOSAL_ID)
                .correlate();

        assertThat(proposal).isEnded().hasPassed(START_EVENT_PROPOSAL_WITHDRAWN, END_EVENT_PROPOSAL_WITHDRAWN);
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(jobQuery().count()).isZero();
    }

    @Test
    void outcomeThatNoGatewayKnowsIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance proposal = start();
        Task screening = task();

        assertThatThrownBy(() -> complete(screening, withVariables(Variables.OUTCOME, APPROVE)))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(proposal).isWaitingAtExactly(TASK_SCREEN_PROPOSAL);
        Assertions.assertThat(task().getId()).isEqualTo(screening.getId());
    }

    // -- driving the proposal to a stage ------------------------------------------------------------

    private ProcessInstance start() {
        return start(Map.of(
                Variables.REVISION_TIMEOUT, REVISION_TIMEOUT,
                Variables.REVIEW_REMINDER, REVIEW_REMINDER,
                Variables.REVIEW_DEADLINE, REVIEW_DEADLINE,
                Variables.REPORTING_PERIOD, REPORTING_PERIOD));
    }

    private ProcessInstance start(Map<String, String> timers) {
        Map<String, Object> variables = new HashMap<>(timers);
        variables.put(Variables.PROPOSAL_ID, PROPOSAL_ID);
        variables.put(Variables.PROPOSER_GROUP, PROPOSER_GROUP);
        instance = runtimeService().startProcessInstanceByKey(ProposalLifecycleProcess.KEY, PROPOSAL_ID, variables);
        return instance;
    }

    /** The one open task of the proposal. */
    private Task task() {
        return BpmnAwareTests.task(instance);
    }

    private ProcessInstance toBoardReview() {
        ProcessInstance proposal = start();
        complete(task(), withVariables(Variables.OUTCOME, COMPLETE));
        complete(task(), withVariables(Variables.OUTCOME, ELIGIBLE));
        assertThat(proposal).isWaitingAt(TASK_REVIEW_PROPOSAL);
        return proposal;
    }

    private ProcessInstance toBoardDecision() {
        ProcessInstance proposal = toBoardReview();
        for (String member : BOARD) {
            complete(reviewOf(member), withVariables(Variables.OUTCOME, APPROVE));
        }
        assertThat(proposal).isWaitingAtExactly(TASK_RECORD_BOARD_DECISION);
        return proposal;
    }

    private ProcessInstance toExecution() {
        ProcessInstance proposal = toBoardDecision();
        complete(task(), withVariables(Variables.OUTCOME, APPROVE));
        complete(task(), withVariables(Variables.OUTCOME, ALLOCATE, Variables.FULLY_FUNDED, true));
        complete(task(), withVariables(Variables.OUTCOME, START));
        assertThat(proposal).isWaitingAtExactly(TASK_SUBMIT_PROGRESS_REPORT);
        return proposal;
    }

    private void resubmit() {
        runtimeService().createMessageCorrelation(Messages.PROPOSAL_RESUBMITTED)
                .processInstanceBusinessKey(PROPOSAL_ID)
                .correlate();
    }

    private static Task reviewOf(String member) {
        return taskQuery().taskDefinitionKey(TASK_REVIEW_PROPOSAL).taskAssignee(member).singleResult();
    }

    private static Job revisionTimeoutJob() {
        return timerAt(EVENT_REVISION_TIMED_OUT);
    }

    private static Job timerAt(String activityId) {
        return jobQuery().activityId(activityId).timers().singleResult();
    }
}
