package org.cooperaflow.workflows.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cooperaflow.workflows.offer.OfferReviewProcess;
import org.cooperaflow.workflows.offer.OfferReviewProcess.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inbox's two statements answer as Camunda's task query answered the same question ({@link TaskInbox} before
 * ADR 0031): for users with and without groups, every filter, and every page, on the engine of the process tests; a
 * case's tasks and the processes' business keys answer as Camunda's task and process-instance queries (ADR 0033).
 */
@Deployment(resources = OfferReviewProcess.RESOURCE)
class TaskPagesTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

    ProcessEngine processEngine;

    private final TaskPages pages = new TaskPages();

    @BeforeEach
    void install() {
        pages.postInit((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
    }

    @Test
    void everyPageAndFilterAnswersAsCamundasQuery() {
        TaskService tasks = processEngine.getTaskService();
        List<ProcessInstance> reviews = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            reviews.add(submit("offer-" + i));
        }
        tasks.claim(taskOf(reviews.get(1)).getId(), "ana");
        tasks.claim(taskOf(reviews.get(2)).getId(), "ana");
        tasks.setAssignee(taskOf(reviews.get(3)).getId(), "bob");
        tasks.addCandidateGroup(taskOf(reviews.get(4)).getId(), "board");
        tasks.deleteCandidateGroup(taskOf(reviews.get(5)).getId(), OfferReviewProcess.Groups.SECRETARIAT);
        tasks.addCandidateGroup(taskOf(reviews.get(5)).getId(), "board");
        tasks.addCandidateUser(taskOf(reviews.get(6)).getId(), "carl");
        processEngine.getRuntimeService().suspendProcessInstanceById(reviews.get(7).getId());

        List<Actor> actors = List.of(
                new Actor("ana", Set.of(OfferReviewProcess.Groups.SECRETARIAT), null),
                new Actor("bob", Set.<String>of(), null),
                new Actor("carl", Set.of("board", "other"), null),
                new Actor("dora", Set.of(OfferReviewProcess.Groups.SECRETARIAT, "board"), null),
                new Actor("erin", Set.of("nobody"), null));
        int compared = 0;
        for (Actor actor : actors) {
            for (String key : Arrays.asList(null, "", OfferReviewProcess.Elements.TASK_REVIEW_OFFER, "Task_Other")) {
                for (String caseId : Arrays.asList(null, "", "offer-0", "offer-1", "offer-5", "offer-7", "nope")) {
                    long expectedTotal = camundaQuery(actor, key, caseId).count();
                    for (int first = 0; first <= 9; first += 3) {
                        List<String> expected = ids(camundaQuery(actor, key, caseId).orderByTaskCreateTime().asc()
                                .orderByTaskId().asc().listPage(first, 3));
                        TaskPages.Page page = pages.page(actor, key, caseId, first, 3);
                        assertThat(ids(page.tasks())).as("%s, %s, %s, from %d", actor, key, caseId, first)
                                .isEqualTo(expected);
                        assertThat(page.total()).as("%s, %s, %s", actor, key, caseId).isEqualTo(expectedTotal);
                        compared += expected.size();
                    }
                }
            }
        }
        assertThat(compared).as("tasks compared").isGreaterThan(50);
    }

    @Test
    void aUsersCasesAndACasesTasksAnswerAsCamundasQuery() {
        TaskService tasks = processEngine.getTaskService();
        List<ProcessInstance> reviews = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        try {
            // created out of their names' order, two of them at one moment, so the order is the oldest task's
            String[] names = {"offer-c", "offer-a", "offer-e", "offer-b", "offer-d", "offer-f"};
            for (int i = 0; i < names.length; i++) {
                ClockUtil.setCurrentTime(Date.from(start.plusSeconds(i == 5 ? 0 : i * 60L)));
                reviews.add(submit(names[i]));
            }
        } finally {
            ClockUtil.reset();
        }
        processEngine.getRuntimeService().startProcessInstanceByKey(OfferReviewProcess.KEY,
                Map.of(Variables.OFFER_ID, "no-case", Variables.REVIEW_DUE, Variables.DEFAULT_REVIEW_DUE));
        tasks.claim(taskOf(reviews.get(2)).getId(), "ana");
        tasks.setAssignee(taskOf(reviews.get(3)).getId(), "bob");
        tasks.deleteCandidateGroup(taskOf(reviews.get(1)).getId(), OfferReviewProcess.Groups.SECRETARIAT);
        tasks.addCandidateGroup(taskOf(reviews.get(1)).getId(), "board");
        processEngine.getRuntimeService().suspendProcessInstanceById(reviews.get(4).getId());

        List<Actor> actors = List.of(
                new Actor("ana", Set.of(OfferReviewProcess.Groups.SECRETARIAT), null),
                new Actor("bob", Set.<String>of(), null),
                new Actor("carl", Set.of("board"), null),
                new Actor("dora", Set.of(OfferReviewProcess.Groups.SECRETARIAT, "board"), null),
                new Actor("erin", Set.of("nobody"), null));
        for (Actor actor : actors) {
            for (String caseId : Arrays.asList(null, "", "offer-a", "offer-c", "offer-d", "nope")) {
                assertThat(ids(pages.all(actor, caseId))).as("%s, %s", actor, caseId)
                        .isEqualTo(ids(camundaQuery(actor, null, caseId).orderByTaskCreateTime().asc()
                                .orderByTaskId().asc().list()));
            }
            List<Task> open = camundaQuery(actor, null, null).list();
            Map<String, String> keys = new HashMap<>();
            processEngine.getRuntimeService().createProcessInstanceQuery().list()
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
            List<String> expected = open.stream().filter(t -> keys.get(t.getProcessInstanceId()) != null)
                    .sorted(Comparator.comparing(Task::getCreateTime)
                            .thenComparing(t -> keys.get(t.getProcessInstanceId())))
                    .map(t -> keys.get(t.getProcessInstanceId())).distinct().toList();
            assertThat(pages.cases(actor)).as("%s", actor).isEqualTo(expected);
        }
        assertThat(pages.cases(new Actor("dora", Set.of(OfferReviewProcess.Groups.SECRETARIAT, "board"), null)))
                .containsExactly("offer-c", "offer-f", "offer-a");
        assertThat(pages.cases(new Actor("bob", Set.of(), null))).containsExactly("offer-b");
    }

    @Test
    void aCasesTasksForItsViewsAndTheBusinessKeysAnswerAsCamundasQueries() {
        TaskService tasks = processEngine.getTaskService();
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        List<ProcessInstance> reviews = new ArrayList<>();
        try {
            // one case with two processes, the later one's task created first; one with two tasks at one moment
            String[] names = {"offer-twice", "offer-twice", "offer-tie", "offer-tie", "offer-quiet"};
            long[] minutes = {5, 1, 3, 3, 2};
            for (int i = 0; i < names.length; i++) {
                ClockUtil.setCurrentTime(Date.from(start.plusSeconds(minutes[i] * 60)));
                reviews.add(submit(names[i]));
            }
        } finally {
            ClockUtil.reset();
        }
        ProcessInstance withoutCase = processEngine.getRuntimeService().startProcessInstanceByKey(OfferReviewProcess.KEY,
                Map.of(Variables.OFFER_ID, "no-case", Variables.REVIEW_DUE, Variables.DEFAULT_REVIEW_DUE));
        tasks.claim(taskOf(reviews.get(0)).getId(), "ana");
        tasks.setAssignee(taskOf(reviews.get(2)).getId(), "bob");
        processEngine.getRuntimeService().suspendProcessInstanceById(reviews.get(4).getId());

        for (String caseId : List.of("offer-twice", "offer-tie", "offer-quiet", "nope")) {
            assertThat(ids(pages.ofCase(caseId))).as(caseId).isEqualTo(ids(tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseId).orderByTaskCreateTime().asc().orderByTaskId().asc().list()));
        }
        assertThat(pages.ofCase("offer-twice")).extracting(Task::getProcessInstanceId)
                .containsExactly(reviews.get(1).getId(), reviews.get(0).getId());
        assertThat(pages.ofCase("offer-quiet")).singleElement().satisfies(task -> assertThat(task.isSuspended()).isTrue());

        Set<String> ids = Set.of(reviews.get(0).getId(), reviews.get(2).getId(), withoutCase.getId(), "ended-or-unknown");
        Map<String, String> expected = new HashMap<>();
        processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()
                .forEach(p -> expected.put(p.getId(), p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        assertThat(pages.businessKeys(ids)).isEqualTo(expected).containsEntry(withoutCase.getId(), "")
                .containsEntry(reviews.get(0).getId(), "offer-twice").hasSize(3);
        assertThat(pages.businessKeys(Set.of())).isEmpty();
    }

    @Test
    void aPageFarBeyondTheLastIsEmptyWithTheTotal() {
        submit("offer-far");

        TaskPages.Page page = pages.page(new Actor("ana", Set.of(OfferReviewProcess.Groups.SECRETARIAT), null), null,
                null, (long) Integer.MAX_VALUE * 500, 500);

        assertThat(page.tasks()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
    }

    /** The question {@link TaskInbox} asked Camunda before ADR 0031, as Camunda's query. */
    private TaskQuery camundaQuery(Actor actor, String key, String caseId) {
        TaskQuery query = processEngine.getTaskService().createTaskQuery().active();
        if (actor.groups().isEmpty()) {
            query.taskAssignee(actor.userId());
        } else {
            query.or().taskAssignee(actor.userId()).taskCandidateGroupIn(new ArrayList<>(actor.groups())).endOr();
        }
        if (caseId != null && !caseId.isBlank()) {
            query.processInstanceBusinessKey(caseId);
        }
        if (key != null && !key.isBlank()) {
            query.taskDefinitionKey(key);
        }
        return query;
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    private Task taskOf(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ProcessInstance submit(String offerId) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(OfferReviewProcess.KEY, offerId,
                Map.of(Variables.OFFER_ID, offerId, Variables.REVIEW_DUE, Variables.DEFAULT_REVIEW_DUE));
    }
}
