package org.cooperaflow.workflows.offer;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.END_EVENT_OFFER_PUBLISHED;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.END_EVENT_OFFER_REJECTED;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.END_EVENT_OFFER_WITHDRAWN;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.GATEWAY_OFFER_PUBLISHABLE;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.START_EVENT_OFFER_WITHDRAWN;
import static org.cooperaflow.workflows.offer.OfferReviewProcess.Elements.TASK_REVIEW_OFFER;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Groups;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Messages;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Outcomes;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per path of {@code offer-review.bpmn}. */
@Deployment(resources = OfferReviewProcess.RESOURCE)
class OfferReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String OFFER_ID = "offer-7";

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void aPublishedOfferEndsInTheCatalog() {
        Instant started = Instant.now();
        ProcessInstance review = submit();
        assertThat(review).isWaitingAtExactly(TASK_REVIEW_OFFER);
        assertThat(task(review)).hasCandidateGroup(Groups.SECRETARIAT);
        Assertions.assertThat(task(review).getDueDate().toInstant())
                .isBetween(started.plus(Duration.ofDays(14)).minusSeconds(5), Instant.now().plus(Duration.ofDays(14)));

        complete(task(review), withVariables(Variables.OUTCOME, Outcomes.PUBLISH));

        assertThat(review).isEnded().hasPassed(END_EVENT_OFFER_PUBLISHED).hasNotPassed(END_EVENT_OFFER_REJECTED);
    }

    @Test
    void aRejectedOfferEnds() {
        ProcessInstance review = submit();

        complete(task(review), withVariables(Variables.OUTCOME, Outcomes.REJECT));

        assertThat(review).isEnded().hasPassed(END_EVENT_OFFER_REJECTED).hasNotPassed(END_EVENT_OFFER_PUBLISHED);
    }

    @Test
    void aWithdrawalDuringTheReviewEndsTheProcessAndItsTask() {
        ProcessInstance review = submit();

        int correlated = runtimeService().createMessageCorrelation(Messages.OFFER_WITHDRAWN)
                .processInstanceBusinessKey(OFFER_ID)
                .correlateAllWithResult().size();

        Assertions.assertThat(correlated).isEqualTo(1);
        assertThat(review).isEnded().hasPassed(START_EVENT_OFFER_WITHDRAWN, END_EVENT_OFFER_WITHDRAWN)
                .hasNotPassed(GATEWAY_OFFER_PUBLISHABLE, END_EVENT_OFFER_PUBLISHED, END_EVENT_OFFER_REJECTED);
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(OfferReviewProcess.KEY, OFFER_ID,
                Map.of(Variables.OFFER_ID, OFFER_ID, Variables.REVIEW_DUE, Variables.DEFAULT_REVIEW_DUE));
    }
}
