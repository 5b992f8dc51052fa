package org.cooperaflow.workflows.tasks;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks users see: their inbox a page at a time, one task with the outcomes they may choose, a case's open tasks.
 * It only reads; claiming and completing are {@link TaskActions}.
 */
@Service
public class TaskInbox {

    private final TaskAccess access;
    private final TaskViews views;
    private final TaskPages pages;
    private final List<String> taskDefinitionKeys;

    TaskInbox(TaskAccess access, TaskViews views, TaskPages pages, List<UserTaskType> types) {
        this.access = access;
        this.views = views;
        this.pages = pages;
        this.taskDefinitionKeys = types.stream().map(UserTaskType::taskDefinitionKey).sorted().toList();
    }

    /** Which of a user's tasks to list: of one kind ({@code taskDefinitionKey}), of one case; null means any. */
    public record TaskFilter(String taskDefinitionKey, String caseId) {
    }

    /** One page of a user's tasks, and how many there are in all. */
    public record TaskPage(List<TaskView> items, int page, int size, long total) {
    }

    /**
     * Tasks assigned to the user, or open to one of their groups and not yet claimed; of one case (of any when null),
     * oldest first.
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasksFor(Actor actor, String caseId) {
        return views.of(pages.all(actor, caseId), actor);
    }

    /** As {@link #tasksFor(Actor, String)}, filtered and one page at a time ({@code page} from 0). */
    @Transactional(readOnly = true)
    public TaskPage tasksFor(Actor actor, TaskFilter filter, int page, int size) {
        TaskPages.Page found = pages.page(actor, filter.taskDefinitionKey(), filter.caseId(), (long) page * size,
                size);
        return new TaskPage(views.of(found.tasks(), actor), page, size, found.total());
    }

    /** The cases (business keys) of the tasks the user sees, in the order of their oldest task. */
    @Transactional(readOnly = true)
    public List<String> casesWithTasksFor(Actor actor) {
        return pages.cases(actor);
    }

    /** The kinds of task there are, by task definition key. */
    public List<String> taskDefinitionKeys() {
        return taskDefinitionKeys;
    }

    /** One open task, if the user may see it (they may act on it). */
    @Transactional(readOnly = true)
    public TaskView task(Actor actor, String taskId) {
        TaskRows.TaskWithLinks row = access.open(taskId);
        access.requireMayAct(actor, row);
        return views.of(row.task(), actor);
    }

    /**
     * The open tasks of a case, whoever may act on them (for case views). Each read in its own transaction: a case
     * page is often read the moment after a step, while the process ends a task of the case, and the task that ended
     * is then left out rather than failing the whole list.
     */
    public List<TaskView> openTasksOfCase(String caseId) {
        return views.of(pages.ofCase(caseId), null);
    }
}
