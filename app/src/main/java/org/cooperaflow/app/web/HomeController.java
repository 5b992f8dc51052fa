package org.cooperaflow.app.web;

import java.util.List;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.domain.access.Role;
import org.cooperaflow.workflows.tasks.TaskView;
import org.cooperaflow.workflows.tasks.WorkflowTaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a user lands on after signing in: who they are, their open tasks, where to go next. */
@Controller
public class HomeController {

    private final WorkflowTaskService tasks;

    public HomeController(WorkflowTaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/")
    public String home(Model model) {
        CurrentUser user = CurrentUser.get();
        List<TaskView> open = tasks.tasksFor(user.actor(), null);
        model.addAttribute("user", user);
        model.addAttribute("tasks", open);
        model.addAttribute("admin", user.has(Role.ADMIN));
        model.addAttribute("reader", user.has(Role.MANAGER) || user.has(Role.ADMIN));
        model.addAttribute("auditor", user.has(Role.AUDITOR) || user.has(Role.ADMIN));
        return "index";
    }
}
