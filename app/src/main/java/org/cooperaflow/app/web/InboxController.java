package org.cooperaflow.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.web.support.CaseHeadlines;
import org.cooperaflow.app.web.support.Htmx;
import org.cooperaflow.projections.cases.CaseHeadline;
import org.cooperaflow.workflows.support.CaseChangedConcurrentlyException;
import org.cooperaflow.workflows.tasks.Actor;
import org.cooperaflow.workflows.tasks.TaskAccessDeniedException;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.cooperaflow.workflows.tasks.TaskView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox, every signed-in user's home page: their own tasks and their groups' unclaimed tasks, oldest first,
 * filtered by kind and case, a page at a time; claiming and releasing a task (htmx swaps the row; without
 * JavaScript the form posts and the inbox comes back).
 */
@Controller
public class InboxController {

    static final int PAGE_SIZE = 20;

    /** A line of the inbox: the task, its case's headline, and whether it is overdue. */
    public record InboxRow(TaskView task, CaseHeadline headline, boolean overdue, boolean mine, boolean releasable) {
    }

    private final TaskInbox inbox;
    private final TaskActions actions;
    private final CaseHeadlines headlines;

    public InboxController(TaskInbox inbox, TaskActions actions, CaseHeadlines headlines) {
        this.inbox = inbox;
        this.actions = actions;
        this.headlines = headlines;
    }

    @GetMapping("/")
    public String inbox(@RequestParam(name = "type", required = false) String type,
                        @RequestParam(name = "case", required = false) String caseId,
                        @RequestParam(name = "page", defaultValue = "0") int page,
                        HttpServletRequest request, Model model) {
        Actor actor = CurrentUser.get().actor();
        String taskType = inbox.taskDefinitionKeys().contains(type) ? type : null;
        List<String> cases = inbox.casesWithTasksFor(actor);
        String filterCase = caseId != null && cases.contains(caseId) ? caseId : null;
        int pageNumber = Math.max(0, page);
        TaskInbox.TaskPage found = inbox.tasksFor(actor, new TaskInbox.TaskFilter(taskType, filterCase), pageNumber,
                PAGE_SIZE);
        Map<String, CaseHeadline> byCase = headlines.of(cases);
        model.addAttribute("rows", found.items().stream().map(t -> row(t, byCase.get(t.caseId()), actor)).toList());
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("type", taskType);
        model.addAttribute("case", filterCase);
        model.addAttribute("taskTypes", inbox.taskDefinitionKeys());
        Map<String, CaseHeadline> caseOptions = new LinkedHashMap<>();
        cases.forEach(id -> caseOptions.put(id, byCase.get(id)));
        model.addAttribute("caseOptions", caseOptions);
        return Htmx.isRequest(request) && !Htmx.isBoosted(request) ? "inbox/index :: results" : "inbox/index";
    }

    @PostMapping("/tasks/{id}/claim")
    public String claim(@PathVariable String id, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return act(id, true, request, model, flash);
    }

    @PostMapping("/tasks/{id}/release")
    public String release(@PathVariable String id, HttpServletRequest request, Model model, RedirectAttributes flash) {
        return act(id, false, request, model, flash);
    }

    private String act(String id, boolean claim, HttpServletRequest request, Model model, RedirectAttributes flash) {
        Actor actor = CurrentUser.get().actor();
        String problem = null;
        TaskView task = null;
        try {
            task = claim ? actions.claim(actor, id) : actions.unclaim(actor, id);
        } catch (TaskAccessDeniedException e) {
            problem = claim ? "inbox.claim.failed" : "inbox.release.failed";
        } catch (CaseChangedConcurrentlyException e) {
            problem = "inbox.task.gone";
        }
        if (!Htmx.isRequest(request)) {
            flash.addFlashAttribute(problem == null ? "notice" : "problem",
                    problem != null ? problem : claim ? "inbox.claimed" : "inbox.released");
            return "redirect:/";
        }
        if (task == null) {
            model.addAttribute("problem", problem);
            model.addAttribute("taskId", id);
            return "inbox/index :: gone";
        }
        model.addAttribute("row", row(task, headlines.of(List.of(task.caseId())).get(task.caseId()), actor));
        model.addAttribute("notice", claim ? "inbox.claimed" : "inbox.released");
        return "inbox/index :: row";
    }

    private static InboxRow row(TaskView task, CaseHeadline headline, Actor actor) {
        boolean mine = actor.userId().equals(task.assignee());
        boolean releasable = mine && !task.candidateGroups().isEmpty();
        return new InboxRow(task, headline, task.due() != null && task.due().isBefore(java.time.Instant.now()),
                mine, releasable);
    }
}
