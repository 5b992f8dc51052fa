package org.cooperaflow.app.api.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.projections.operations.EventStoreHead;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One gauge per event processor, {@code cooperaflow.projection.lag{processor=...}}: the head
 * of the event store (highest global index) minus the lowest position the segments this node holds have
 * handled (the head itself when a segment has handled nothing yet). A node that holds none of a processor's
 * segments (another node does, ADR 0023) has no lag of its own to report: 0; the node holding them reports it.
 */
@Component
public class ProjectionLagMetrics {

    public static final String METRIC = "cooperaflow.projection.lag";

    private final EventProcessingConfiguration eventProcessing;
    private final MeterRegistry registry;
    private final EventStoreHead storeHead;

    public ProjectionLagMetrics(EventProcessingConfiguration eventProcessing, MeterRegistry registry,
                                EventStoreHead storeHead) {
        this.eventProcessing = eventProcessing;
        this.registry = registry;
        this.storeHead = storeHead;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        eventProcessing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder(METRIC, () -> lag(name)).tag("processor", name)
                        .description("events in the store that the processor has not handled yet")
                        .register(registry);
            }
        });
    }

    long lag(String name) {
        StreamingEventProcessor processor = StreamingProcessors.named(eventProcessing, name).orElse(null);
        long head = storeHead.globalIndex();
        if (processor == null || processor.processingStatus().isEmpty()) {
            return 0;
        }
        long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.isPresent() ? p.getAsLong() : 0)
                .min().orElse(head);
        return Math.max(0, head - position);
    }
}
