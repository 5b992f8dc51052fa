package org.cooperaflow.app.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.processors.ProjectionResets;
import org.cooperaflow.domain.access.Capability;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the read models: rebuild one from the event store, on every node at once ({@link ProjectionResets}).
 * The processors stop, the tokens go back to the start (the {@code @ResetHandler} empties the read model's tables)
 * and they start again; the replay runs in the background, so the answer is 202 Accepted. Follow it with the gauge
 * {@code cooperaflow.projection.lag}.
 */
@Tag(name = "Operations")
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final ProjectionResets resets;

    private final CaseAccess access;

    public ProjectionAdminController(ProjectionResets resets, CaseAccess access) {
        this.resets = resets;
        this.access = access;
    }

    @Operation(summary = "Rebuild a read model from the event store")
    @ApiResponse(responseCode = "202", description = "The rebuild has started")
    @CalledBy(capabilities = Capability.OPERATE)
    @PostMapping("/{name}/reset")
    public ResponseEntity<Map<String, Object>> reset(@PathVariable String name) {
        access.require(Capability.OPERATE, "run projection operations");
        resets.reset(name, CurrentUser.get().username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processor", name, "status", "replaying"));
    }
}
