package org.cooperaflow.app.processors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings each processor's segments up to its configured {@code initial-segment-count} (ADR 0023). Axon applies that
 * count only when it first makes a processor's tokens: a data folder from before the processors had segments would
 * keep one for ever. Once the application is up, in the background, a processor with fewer segments than configured
 * has its widest segment split, one at a time, by the thread that holds it; a segment another node still holds after
 * 30 s is left to that node's next start.
 */
@Component
public class SegmentCounts {

    private static final Logger log = LoggerFactory.getLogger(SegmentCounts.class);

    private final EventProcessingConfiguration eventProcessing;
    private final EventProcessorProperties properties;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;

    public SegmentCounts(EventProcessingConfiguration eventProcessing, EventProcessorProperties properties,
                         TokenStore tokenStore, TransactionManager transactions) {
        this.eventProcessing = eventProcessing;
        this.properties = properties;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void splitInTheBackground() {
        Thread thread = new Thread(this::splitToConfiguredCounts, "segment-counts");
        thread.setDaemon(true);
        thread.start();
    }

    /** Splits, one at a time, until each processor has its configured number of segments. */
    public void splitToConfiguredCounts() {
        for (Map.Entry<String, EventProcessorProperties.ProcessorSettings> configured
                : properties.getProcessors().entrySet()) {
            Integer wanted = configured.getValue().getInitialSegmentCount();
            StreamingEventProcessor processor = StreamingProcessors.named(eventProcessing, configured.getKey())
                    .orElse(null);
            if (wanted != null && processor != null) {
                split(configured.getKey(), processor, wanted);
            }
        }
    }

    private void split(String name, StreamingEventProcessor processor, int wanted) {
        int[] segments = segmentsOf(name);
        while (segments.length > 0 && segments.length < wanted) {
            Segment widest = Arrays.stream(Segment.computeSegments(segments))
                    .min(Comparator.comparingInt(Segment::getMask)).orElseThrow();
            boolean split;
            try {
                // the thread that holds the segment splits it: give this node the time to claim it
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!processor.processingStatus().containsKey(widest.getSegmentId())
                        && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                split = processor.splitSegment(widest.getSegmentId()).get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Could not split segment {} of {}: {}", widest.getSegmentId(), name, e.toString());
                return;
            }
            if (!split) {
                log.info("Segment {} of {} was not split: another node holds it", widest.getSegmentId(), name);
                return;
            }
            segments = segmentsOf(name);
            log.info("Processor {} now runs in {} segments", name, segments.length);
        }
    }

    private int[] segmentsOf(String name) {
        return transactions.fetchInTransaction(() -> tokenStore.fetchSegments(name));
    }
}
