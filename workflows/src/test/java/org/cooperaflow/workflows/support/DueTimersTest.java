package org.cooperaflow.workflows.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.ProcessTestClock;
import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.contribution.ContributionProcess.Delegates;
import org.cooperaflow.workflows.contribution.ContributionProcess.Elements;
import org.cooperaflow.workflows.contribution.ContributionProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A pledge's receipt reminder, due a week after the pledge: found from its due date on, and fired on demand. */
@Deployment(resources = ContributionProcess.RESOURCE)
class DueTimersTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    private static final String CONTRIBUTION_ID = "contribution-7";

    private final JavaDelegate remindFundManager = mock(JavaDelegate.class);

    ProcessEngine processEngine;

    private DueTimers timers;

    @BeforeEach
    void setUp() {
        ProcessTestClock.start();
        Mocks.register(Delegates.REMIND_FUND_MANAGER, remindFundManager);
        timers = new DueTimers(processEngine.getManagementService(), processEngine.getRuntimeService());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ProcessTestClock.reset();
    }

    @Test
    void aTimerIsNotDueBeforeItsDueDate() {
        Instant due = pledgeWithReminderIn("P7D");

        assertThat(timers.first(due.minusMillis(1))).isEmpty();
    }

    @Test
    void theDueTimerNamesItsActivityAndCase() {
        Instant due = pledgeWithReminderIn("P7D");
        DueTimers.DueTimer timer = timers.first(due).orElseThrow();

        assertThat(timer.activityId()).isEqualTo(Elements.BOUNDARY_EVENT_RECEIPT_REMINDER);
        assertThat(timer.caseId()).isEqualTo(CONTRIBUTION_ID);
        assertThat(timer.due()).isEqualTo(due);
    }

    @Test
    void aFiredTimerTakesItsPathAndIsDueNoMore() throws Exception {
        Instant due = pledgeWithReminderIn("P7D");

        timers.fire(timers.first(due).orElseThrow());

        verify(remindFundManager).execute(any());
        assertThat(timers.first(due.plus(Duration.ofDays(365)))).isEmpty();
    }

    /** Starts the process (deployed by the engine's extension once the test method runs); answers when the reminder falls due. */
    private Instant pledgeWithReminderIn(String reminder) {
        processEngine.getRuntimeService().startProcessInstanceByKey(ContributionProcess.KEY, CONTRIBUTION_ID,
                Map.of(Variables.CONTRIBUTION_ID, CONTRIBUTION_ID, Variables.RECEIPT_REMINDER, reminder));
        return ProcessTestClock.after(reminder).toInstant();
    }
}
