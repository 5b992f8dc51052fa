package org.cooperaflow.app.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.projections.operations.DeadLetterCounts;
import org.cooperaflow.projections.operations.ParkedLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The event processors' health ({@code readModels} in {@code /actuator/health}) and the gauge
 * {@code cooperaflow.dead_letters{processor=...}}. A read model with dead letters, or a processor failing on a batch
 * (the workflow processor, the audit chain, or a read model whose batch cannot be written), makes the health
 * {@code DEGRADED}: the node still answers (HTTP 200) but an operator is to look. The details name each such
 * processor with its parked cases and letters, or its error. The dead-letter counts come from one grouped query, run
 * in the background at most every five seconds (and at once after an operator's retry or eviction), so a health check
 * stays cheap and never waits for the database: a letter parked a moment ago shows within seconds.
 */
@Component("readModels")
public class ReadModelHealth extends AbstractHealthIndicator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelHealth.class);

    public static final Status DEGRADED = new Status("DEGRADED");
    public static final String METRIC = "cooperaflow.dead_letters";

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final EventProcessingConfiguration eventProcessing;
    private final DeadLetterCounts deadLetters;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();

    private record Counts(Instant at, Map<String, ParkedLetters> byProcessor) {
    }

    private volatile Counts counts = new Counts(Instant.MIN, Map.of());
    private final AtomicBoolean counting = new AtomicBoolean();
    private final ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dead-letter-count");
        thread.setDaemon(true);
        return thread;
    });

    public ReadModelHealth(EventProcessingConfiguration eventProcessing, DeadLetterCounts deadLetters,
                           MeterRegistry registry) {
        super("Read model health check failed");
        this.eventProcessing = eventProcessing;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        for (String processor : DeadLetterConfiguration.READ_MODELS) {
            Gauge.builder(METRIC, () -> letters(processor).letters()).tag("processor", processor)
                    .description("events the read model has parked in its dead-letter queue")
                    .register(registry);
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> degraded = new TreeMap<>();
        for (String processor : DeadLetterConfiguration.READ_MODELS) {
            ParkedLetters parked = letters(processor);
            if (parked.letters() > 0) {
                degraded.put(processor, Map.of("parkedCases", parked.cases(), "deadLetters", parked.letters()));
            }
        }
        StreamingProcessors.all(eventProcessing).forEach((name, processor) -> {
            StreamingProcessors.error(processor).ifPresent(error -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                if (degraded.get(name) instanceof Map<?, ?> letters) {
                    letters.forEach((k, v) -> detail.put(String.valueOf(k), v));
                }
                detail.put("error", error.getClass().getSimpleName() + ": " + error.getMessage());
                degraded.put(name, detail);
            });
        });
        if (degraded.isEmpty()) {
            builder.up();
        } else {
            builder.status(DEGRADED).withDetails(degraded);
        }
    }

    /** Parked cases and letters of the processor, as last counted; a count older than five seconds is renewed. */
    ParkedLetters letters(String processor) {
        Counts current = counts;
        if (current.at().plus(FRESH).isBefore(clock.instant()) && counting.compareAndSet(false, true)) {
            // counted on a thread of its own: a health check answers at once, even while the database does not
            counter.execute(() -> {
                try {
                    count();
                } catch (RuntimeException databaseAway) {
                    // the database's own health says so; the last counts stand until it answers again
                    log.debug("Dead letters not counted: {}", databaseAway.getMessage());
                } finally {
                    counting.set(false);
                }
            });
        }
        return current.byProcessor().getOrDefault(processor, ParkedLetters.NONE);
    }

    private void count() {
        counts = new Counts(clock.instant(), deadLetters.byProcessingGroup());
    }

    @Override
    public void destroy() {
        counter.shutdownNow();
    }

    /** Counts again now, on the caller's thread (after a retry or an eviction, the database having just answered). */
    public void refresh() {
        count();
    }
}
