package org.cooperaflow.app.api.admin;

import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.domain.access.Capability;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations on the read models: rebuild one from the event store. The processor stops, its
 * tokens go back to the start (its {@code @ResetHandler} empties its tables) and it starts again;
 * the replay runs in the background, so the answer is 202 Accepted. Follow it with the gauge
 * {@code cooperaflow.projection.lag}.
 */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final EventProcessingConfiguration eventProcessing;

    private final CaseAccess access;

    public ProjectionAdminController(EventProcessingConfiguration eventProcessing, CaseAccess access) {
        this.eventProcessing = eventProcessing;
        this.access = access;
    }

    @PostMapping("/{name}/reset")
    public ResponseEntity<Map<String, Object>> reset(@PathVariable String name) {
        access.require(Capability.OPERATE, "run projection operations");
        TrackingEventProcessor processor = eventProcessing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("no tracking event processor " + name));
        if (!processor.supportsReset()) {
            throw new NotFoundException("processor " + name + " cannot be reset");
        }
        synchronized (processor) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processor", name, "status", "replaying"));
    }
}
