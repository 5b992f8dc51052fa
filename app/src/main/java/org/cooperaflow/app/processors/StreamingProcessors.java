package org.cooperaflow.app.processors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The event processors of this node, all streaming (tracking processors in segments, ADR 0023), and where they stand.
 * A processor's segments may be claimed by this node or by another node on the same database; this node sees the
 * status of the segments it holds only.
 */
public final class StreamingProcessors {

    private StreamingProcessors() {
    }

    public static Map<String, StreamingEventProcessor> all(EventProcessingConfiguration processing) {
        Map<String, StreamingEventProcessor> streaming = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor s) {
                streaming.put(name, s);
            }
        });
        return streaming;
    }

    public static Optional<StreamingEventProcessor> named(EventProcessingConfiguration processing, String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /**
     * Whether this node holds every segment of the processor and each has handled the event at global index
     * {@code head} without being in error: the read model (or the workflow) is complete up to that event.
     */
    public static boolean caughtUp(StreamingEventProcessor processor, Long head) {
        if (!processor.isRunning()) {
            return false;
        }
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        if (!coversAllSegments(statuses)) {
            return false;
        }
        return statuses.values().stream().allMatch(status -> !status.isErrorState() && (head == null
                || status.getCurrentPosition().isPresent() && status.getCurrentPosition().getAsLong() >= head));
    }

    public static boolean allCaughtUp(List<StreamingEventProcessor> processors, Long head) {
        return processors.stream().allMatch(p -> caughtUp(p, head));
    }

    /** The first error among the segments this node holds, if any. */
    public static Optional<Throwable> error(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                .map(status -> status.getError() != null ? status.getError()
                        : new IllegalStateException("failing, no error recorded"));
    }

    /**
     * Whether the segments cover the whole sequence space: a segment with mask {@code m} is one {@code m+1}-th of it
     * (segments split by halves, so the masks are powers of two less one).
     */
    static boolean coversAllSegments(Map<Integer, EventTrackerStatus> statuses) {
        if (statuses.isEmpty()) {
            return false;
        }
        long share = 0;
        long whole = 1L << 31;
        for (EventTrackerStatus status : statuses.values()) {
            share += whole / (status.getSegment().getMask() + 1L);
        }
        return share == whole;
    }
}
