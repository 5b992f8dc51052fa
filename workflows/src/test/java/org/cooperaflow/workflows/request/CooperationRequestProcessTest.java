package org.cooperaflow.workflows.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.cooperaflow.workflows.request.CooperationRequestProcess.Elements.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Delegates;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Groups;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Messages;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Outcomes;
import org.cooperaflow.workflows.request.CooperationRequestProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@code cooperation-request.bpmn}. */
@Deployment(resources = CooperationRequestProcess.RESOURCE)
class CooperationRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String REQUEST_ID = "request-7";

    private final JavaDelegate beginDiagnosis = mock(JavaDelegate.class);

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Delegates.BEGIN_DIAGNOSIS, beginDiagnosis);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void publishedNeedEndsInTheCatalog() throws Exception {
        ProcessInstance request = submit();
        verify(beginDiagnosis).execute(any());
        assertThat(request).isWaitingAtExactly(TASK_DIAGNOSE_NEED);
        assertThat(task(request)).hasCandidateGroup(Groups.SECRETARIAT);

        complete(task(request), withVariables(Variables.OUTCOME, Outcomes.PUBLISH));

        assertThat(request).isEnded().hasPassed(END_EVENT_NEED_PUBLISHED).hasNotPassed(END_EVENT_NEED_REJECTED);
    }

    @Test
    void rejectedNeedEnds() {
        ProcessInstance request = submit();

        complete(task(request), withVariables(Variables.OUTCOME, Outcomes.REJECT));

        assertThat(request).isEnded().hasPassed(END_EVENT_NEED_REJECTED).hasNotPassed(END_EVENT_NEED_PUBLISHED);
    }

    @Test
    void withdrawalDuringDiagnosisEndsTheProcessAndItsTask() {
        ProcessInstance request = submit();
        assertThat(request).isWaitingAtExactly(TASK_DIAGNOSE_NEED);

        int correlated = runtimeService().createMessageCorrelation(Messages.REQUEST_WITHDRAWN)
                .processInstanceBusinessKey(REQUEST_ID)
                .correlateAllWithResult().size();

        Assertions.assertThat(correlated).isEqualTo(1);
        assertThat(request).isEnded().hasPassed(START_EVENT_REQUEST_WITHDRAWN, END_EVENT_REQUEST_WITHDRAWN)
                .hasNotPassed(GATEWAY_NEED_PUBLISHABLE, END_EVENT_NEED_PUBLISHED, END_EVENT_NEED_REJECTED);
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(jobQuery().count()).isZero();
    }

    @Test
    void withdrawalAfterTheProcessEndedFindsNothingToEnd() {
        ProcessInstance request = submit();
        complete(task(request), withVariables(Variables.OUTCOME, Outcomes.PUBLISH));

        int correlated = runtimeService().createMessageCorrelation(Messages.REQUEST_WITHDRAWN)
                .processInstanceBusinessKey(REQUEST_ID)
                .correlateAllWithResult().size();

        Assertions.assertThat(correlated).isZero();
        assertThat(request).isEnded().hasPassed(END_EVENT_NEED_PUBLISHED).hasNotPassed(END_EVENT_REQUEST_WITHDRAWN);
    }

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(CooperationRequestProcess.KEY, REQUEST_ID,
                Map.of(Variables.REQUEST_ID, REQUEST_ID));
    }
}
