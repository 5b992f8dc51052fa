package org.cooperaflow.workflows.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.offer.OfferReviewProcess;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Outcomes;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The by-id reads and the one-command completion answer as Camunda's task query and its two calls
 * {@code setAssignee} and {@code complete} do, on the engine of the process tests.
 */
@Deployment(resources = OfferReviewProcess.RESOURCE)
class TaskRowsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    ProcessEngine processEngine;

    private final TaskRows rows = new TaskRows();

    @BeforeEach
    void install() {
        rows.postInit((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
        processEngine.getIdentityService().setAuthenticatedUserId("secretariat");
    }

    @AfterEach
    void signOut() {
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void anOpenTaskIsReadAsTheQueryReadsItWithItsCase() {
        Task queried = taskOf(submit("offer-1"));

        TaskRows.OpenTask open = rows.open(queried.getId());

        assertThat(open.caseId()).isEqualTo("offer-1");
        assertThat(asSeen(open.task())).isEqualTo(asSeen(queried));
        TaskRows.TaskWithLinks withLinks = rows.task(queried.getId());
        assertThat(asSeen(withLinks.task())).isEqualTo(asSeen(queried));
        assertThat(withLinks.links()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(processEngine.getTaskService().getIdentityLinksForTask(queried.getId()))
                .extracting(IdentityLink::getGroupId).contains(OfferReviewProcess.Groups.SECRETARIAT);
    }

    @Test
    void anUnknownOrEndedTaskIsNotOpen() {
        Task task = taskOf(submit("offer-2"));
        processEngine.getTaskService().complete(task.getId(), Map.of(Variables.OUTCOME, Outcomes.REJECT));

        assertThat(rows.open(task.getId())).isNull();
        assertThat(rows.task(task.getId())).isNull();
        assertThat(rows.open("no-such-task")).isNull();
    }

    @Test
    void assignAndCompleteLeavesTheHistoryTwoCallsLeave() {
        Task byTwoCalls = taskOf(submit("offer-3"));
        processEngine.getTaskService().setAssignee(byTwoCalls.getId(), "secretariat");
        processEngine.getTaskService().complete(byTwoCalls.getId(), Map.of(Variables.OUTCOME, Outcomes.PUBLISH));
        ProcessInstance second = submit("offer-4");
        Task byOneCommand = taskOf(second);

        rows.complete(byOneCommand.getId(), "secretariat", Map.of(Variables.OUTCOME, Outcomes.PUBLISH));

        assertThat(operations(byOneCommand)).containsExactlyElementsOf(operations(byTwoCalls))
                .extracting(op -> op.get(0))
                .containsSubsequence(UserOperationLogEntry.OPERATION_TYPE_ASSIGN,
                        UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
        HistoricTaskInstance done = historic(byOneCommand);
        assertThat(done.getAssignee()).isEqualTo("secretariat");
        assertThat(done.getDeleteReason()).isEqualTo(historic(byTwoCalls).getDeleteReason()).isEqualTo("completed");
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(second.getId()).singleResult().getEndActivityId())
                .isEqualTo(OfferReviewProcess.Elements.END_EVENT_OFFER_PUBLISHED);
    }

    @Test
    void aClaimedTaskIsCompletedWithoutAnotherAssignment() {
        Task task = taskOf(submit("offer-5"));
        processEngine.getTaskService().claim(task.getId(), "secretariat");

        rows.complete(task.getId(), null, Map.of(Variables.OUTCOME, Outcomes.REJECT));

        assertThat(operations(task)).extracting(op -> op.get(0)).containsExactly(
                UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
        assertThat(historic(task).getAssignee()).isEqualTo("secretariat");
    }

    /** What the application reads of a task. */
    private static List<Object> asSeen(Task task) {
        return Arrays.asList(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                task.getOwner(), task.getProcessInstanceId(), task.getExecutionId(), task.getProcessDefinitionId(),
                task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(), task.getPriority(),
                task.getDescription(), task.isSuspended(), task.getParentTaskId(), task.getTenantId());
    }

    /** Each operation logged on the task: its type, the property it changed, the new value and who did it. */
    private List<List<String>> operations(Task task) {
        return processEngine.getHistoryService().createUserOperationLogQuery().taskId(task.getId())
                .orderByTimestamp().asc().list().stream()
                .map(op -> Arrays.asList(op.getOperationType(), op.getProperty(), op.getNewValue(),
                        op.getUserId()))
                .sorted(Comparator.comparing((List<String> op) -> op.get(0)
                        .equals(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)))
                .toList();
    }

    private HistoricTaskInstance historic(Task task) {
        return processEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId())
                .singleResult();
    }

    private Task taskOf(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ProcessInstance submit(String offerId) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(OfferReviewProcess.KEY, offerId,
                Map.of(Variables.OFFER_ID, offerId, Variables.REVIEW_DUE, Variables.DEFAULT_REVIEW_DUE));
    }
}
