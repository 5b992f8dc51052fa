package org.cooperaflow.app.api.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.cooperaflow.workflows.tasks.TaskView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reviewers' work list: see, claim, release and complete workflow tasks. */
@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/tasks")
public class TaskController {

    /** The body of {@code POST /api/tasks/{id}/complete}. */
    public record CompleteTaskBody(@NotBlank String outcome, @Size(max = 10_000) String comment,
                                   Map<String, Object> data) {
    }

    private final TaskInbox inbox;
    private final TaskActions actions;

    public TaskController(TaskInbox inbox, TaskActions actions) {
        this.inbox = inbox;
        this.actions = actions;
    }

    /**
     * The user's tasks and their groups' unclaimed ones, oldest first, one page at a time ({@code items},
     * {@code page}, {@code size}, {@code total}); of one case ({@code caseId}) or kind ({@code type}, a task
     * definition key) if asked.
     */
    @Operation(summary = "List the signed-in user's open tasks, paged")
    @CalledBy
    @GetMapping
    public TaskInbox.TaskPage list(@RequestParam(required = false) String caseId,
                                   @RequestParam(required = false) String type,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return inbox.tasksFor(CurrentUser.get().actor(), new TaskInbox.TaskFilter(type, caseId), page, size);
    }

    @Operation(summary = "Read a task with its form")
    @CalledBy(limit = "a member of one of the task's candidate groups, or its assignee")
    @GetMapping("/{id}")
    public TaskView get(@PathVariable String id) {
        return inbox.task(CurrentUser.get().actor(), id);
    }

    @Operation(summary = "Claim a task")
    @CalledBy(limit = "a member of one of the task's candidate groups, or its assignee")
    @PostMapping("/{id}/claim")
    public TaskView claim(@PathVariable String id) {
        return actions.claim(CurrentUser.get().actor(), id);
    }

    @Operation(summary = "Release a claimed task")
    @CalledBy(limit = "a member of one of the task's candidate groups, or its assignee")
    @PostMapping("/{id}/unclaim")
    public TaskView unclaim(@PathVariable String id) {
        return actions.unclaim(CurrentUser.get().actor(), id);
    }

    @Operation(summary = "Complete a task with an outcome")
    @ApiResponse(responseCode = "204", description = "Completed; the process has moved on")
    @CalledBy(limit = "a member of one of the task's candidate groups, or its assignee")
    @PostMapping("/{id}/complete")
    public ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody CompleteTaskBody body) {
        actions.complete(CurrentUser.get().actor(), id, new TaskCompletion(body.outcome(), body.comment(), body.data()));
        return ResponseEntity.noContent().build();
    }
}
