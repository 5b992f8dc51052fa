package org.cooperaflow.app.processors;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.cooperaflow.projections.operations.ProjectionResetMarks;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resets a read model across every node on the database (ADR 0023). A processor's tokens can only be reset while
 * no node holds one of its segments, and a node that holds one keeps extending its claim. So the node asked to reset
 * writes a row in {@code projection_reset}; every node looks there every second and stops its own processor of that
 * name while the row exists (its claims released as it stops); the asking node stops its own, resets the tokens as
 * soon as no other node's claim is left (a dead node's claims count until they time out), starts its processor and
 * deletes the row; the other nodes start theirs again. The read model's tables are emptied by its reset handler, in
 * the transaction that resets the tokens.
 */
@Component
public class ProjectionResets implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionResets.class);

    /** A row older than this was left by a node that stopped in the middle of a reset. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private final EventProcessingConfiguration eventProcessing;
    private final ProjectionResetMarks marks;
    private final Duration claimsReleasedWithin;
    private final Duration poll;

    /** Processors this node stopped because another node resets them. */
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    /** Processors this node is resetting itself. */
    private final Set<String> resettingHere = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService watcher;

    public ProjectionResets(EventProcessingConfiguration eventProcessing, ProjectionResetMarks marks,
                            @Value("${cooperaflow.projection-reset.claims-released-within:PT30S}")
                            Duration claimsReleasedWithin,
                            @Value("${cooperaflow.projection-reset.poll:PT1S}") Duration poll) {
        this.eventProcessing = eventProcessing;
        this.marks = marks;
        this.claimsReleasedWithin = claimsReleasedWithin;
        this.poll = poll;
    }

    /**
     * Resets the processor on every node and starts its replay here; returns when the tokens are reset and the
     * replay has begun.
     */
    public void reset(String name, String requestedBy) {
        if (!resettable().contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No read model " + name
                    + " can be reset; the read models are " + String.join(", ", resettable()));
        }
        StreamingEventProcessor processor = StreamingProcessors.named(eventProcessing, name).orElseThrow();
        if (!marks.mark(name, requestedBy)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A reset of " + name
                    + " is already under way; follow it with the gauge cooperaflow.projection.lag");
        }
        resettingHere.add(name);
        try {
            synchronized (processor) {
                processor.shutDown();
                resetOnceNoOtherNodeHoldsASegment(name, processor);
            }
        } finally {
            // the row goes first: this node's own watcher must not take it for another node's reset
            marks.clear(name);
            resettingHere.remove(name);
        }
        log.info("Read model {} reset by {}; it replays from the first event", name, requestedBy);
    }

    private void resetOnceNoOtherNodeHoldsASegment(String name, StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + claimsReleasedWithin.toNanos();
        try {
            while (true) {
                try {
                    processor.resetTokens();
                    return;
                } catch (UnableToClaimTokenException heldElsewhere) {
                    if (System.nanoTime() > deadline) {
                        throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Another node still holds "
                                + "a segment of " + name + " after " + claimsReleasedWithin.toSeconds()
                                + " s; nothing was reset. Try again when every node is up, or stopped");
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted; nothing was reset");
        } finally {
            processor.start();
        }
    }

    /**
     * The read models: every processor that can be reset, but the workflow's. Its replay would only pass over history
     * the processes already reflect (ADR 0004), and rebuilds nothing.
     */
    public List<String> resettable() {
        return StreamingProcessors.all(eventProcessing).entrySet().stream()
                .filter(e -> e.getValue().supportsReset() && !e.getKey().equals(WorkflowProcessingGroup.NAME))
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** Stops this node's processors that another node resets, and starts them again when it is done. */
    void followOtherNodes() {
        try {
            marks.clearOlderThan(ABANDONED);
            Set<String> underWay = marks.underWay();
            for (String name : underWay) {
                if (!resettingHere.contains(name) && !pausedHere.contains(name)) {
                    StreamingProcessors.named(eventProcessing, name).ifPresent(processor -> {
                        pausedHere.add(name);
                        log.info("Read model {} is being reset by another node; stopped here until it is done", name);
                        processor.shutDown();
                    });
                }
            }
            for (String name : Set.copyOf(pausedHere)) {
                if (!underWay.contains(name)) {
                    StreamingProcessors.named(eventProcessing, name).ifPresent(StreamingEventProcessor::start);
                    pausedHere.remove(name);
                    log.info("Read model {} reset by another node; started here again", name);
                }
            }
        } catch (RuntimeException e) {
            // the database away: the processors themselves wait for it too; look again at the next tick
            log.debug("Could not look for projection resets: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "projection-resets");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::followOtherNodes, poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
        watcher = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = watcher;
        watcher = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
