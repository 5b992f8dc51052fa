package org.cooperaflow.workflows.contribution;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.cooperaflow.workflows.ProcessTestClock.advance;
import static org.cooperaflow.workflows.ProcessTestClock.after;
import static org.cooperaflow.workflows.contribution.ContributionProcess.Elements.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.ProcessTestClock;
import org.cooperaflow.workflows.contribution.ContributionProcess.Delegates;
import org.cooperaflow.workflows.contribution.ContributionProcess.Groups;
import org.cooperaflow.workflows.contribution.ContributionProcess.Outcomes;
import org.cooperaflow.workflows.contribution.ContributionProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@code contribution.bpmn}. */
@Deployment(resources = ContributionProcess.RESOURCE)
class ContributionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String CONTRIBUTION_ID = "contribution-3";
    private static final String RECEIPT_REMINDER = "P7D";

    private final JavaDelegate remindFundManager = mock(JavaDelegate.class);

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ProcessTestClock.start();
        Mocks.register(Delegates.REMIND_FUND_MANAGER, remindFundManager);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ProcessTestClock.reset();
    }

    @Test
    void confirmedReceiptEndsTheProcessWithoutReminder() throws Exception {
        ProcessInstance contribution = pledge();
        assertThat(contribution).isWaitingAtExactly(TASK_CONFIRM_RECEIPT);
        assertThat(task(contribution)).hasCandidateGroup(Groups.FUND_MANAGER);

        complete(task(contribution), withVariables(Variables.OUTCOME, Outcomes.CONFIRM));

        assertThat(contribution).isEnded().hasPassed(END_EVENT_RECEIPT_CONFIRMED)
                .hasNotPassed(BOUNDARY_EVENT_RECEIPT_REMINDER);
        verify(remindFundManager, never()).execute(any());
    }

    @Test
    void pendingReceiptRemindsTheFundManagerAndStaysOpen() throws Exception {
        ProcessInstance contribution = pledge();
        Task confirm = task(contribution);
        Job reminder = jobQuery().activityId(BOUNDARY_EVENT_RECEIPT_REMINDER).timers().singleResult();
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(after(RECEIPT_REMINDER));

        advance(RECEIPT_REMINDER);
        execute(reminder);

        verify(remindFundManager).execute(any());
        assertThat(contribution).isWaitingAtExactly(TASK_CONFIRM_RECEIPT).hasPassed(END_EVENT_FUND_MANAGER_REMINDED);
        Assertions.assertThat(task(contribution).getId()).isEqualTo(confirm.getId());

        complete(task(contribution), withVariables(Variables.OUTCOME, Outcomes.CONFIRM));
        assertThat(contribution).isEnded().hasPassed(END_EVENT_RECEIPT_CONFIRMED);
    }

    @Test
    void receiptRecordedThroughTheApiEndsTheTaskWithoutReminder() throws Exception {
        ProcessInstance contribution = pledge();

        runtimeService().createMessageCorrelation(ContributionProcess.Messages.CONTRIBUTION_RECEIVED)
                .processInstanceBusinessKey(CONTRIBUTION_ID)
                .correlate();

        assertThat(contribution).isEnded().hasPassed(BOUNDARY_EVENT_CONTRIBUTION_RECEIVED, END_EVENT_RECEIPT_RECORDED)
                .hasNotPassed(END_EVENT_RECEIPT_CONFIRMED);
        Assertions.assertThat(jobQuery().activityId(BOUNDARY_EVENT_RECEIPT_REMINDER).count()).isZero();
        verify(remindFundManager, never()).execute(any());
    }

    @Test
    void cancelledPledgeEndsTheProcessWithoutTaskOrReminder() throws Exception {
        ProcessInstance contribution = pledge();
        Assertions.assertThat(jobQuery().activityId(BOUNDARY_EVENT_RECEIPT_REMINDER).count()).isOne();

        runtimeService().createMessageCorrelation(ContributionProcess.Messages.PLEDGE_CANCELLED)
                .processInstanceBusinessKey(CONTRIBUTION_ID)
                .correlate();

        assertThat(contribution).isEnded().hasPassed(BOUNDARY_EVENT_PLEDGE_CANCELLED, END_EVENT_PLEDGE_CANCELLED)
                .hasNotPassed(END_EVENT_RECEIPT_CONFIRMED, END_EVENT_RECEIPT_RECORDED);
        Assertions.assertThat(BpmnAwareTests.taskQuery().processInstanceId(contribution.getId()).count()).isZero();
        Assertions.assertThat(jobQuery().processInstanceId(contribution.getId()).count()).isZero();
        verify(remindFundManager, never()).execute(any());
    }

    private ProcessInstance pledge() {
        return runtimeService().startProcessInstanceByKey(ContributionProcess.KEY, CONTRIBUTION_ID, Map.of(
                Variables.CONTRIBUTION_ID, CONTRIBUTION_ID,
                Variables.RECEIPT_REMINDER, RECEIPT_REMINDER));
    }
}
