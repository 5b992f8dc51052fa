package org.cooperaflow.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.cooperaflow.app.security.UserDirectory;
import org.cooperaflow.projections.operations.DemoDataFilling;
import org.cooperaflow.projections.operations.EventStoreHead;
import org.cooperaflow.workflows.support.DueTimers;
import org.cooperaflow.workflows.tasks.TaskActions;
import org.cooperaflow.workflows.tasks.TaskInbox;
import org.cooperaflow.workflows.tasks.WorkflowAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's living agency: on the first start on an empty database, two years of thematic
 * accounts, contributions, needs and proposals in every stage ({@link DemoAgency}), made by the demo
 * users through the real commands and workflow tasks on a simulated clock ({@link DemoTimeline}).
 * Once per database: the {@code demo_data} row records it, and a database that already holds events
 * is left as it is. {@code COOPERAFLOW_DEMO_DATA=false} turns it off; no other profile has it.
 *
 * <p>Why a lifecycle bean in this phase: the past must be played before anyone acts, or the moved
 * clocks would date a user's real step in the past. Spring starts lifecycle beans phase by phase, a
 * phase once the one before has started. Axon's configuration, with its event processors, starts in
 * phase {@code Integer.MAX_VALUE - 3072} ({@code SpringAxonConfiguration}) and the web server in
 * {@code Integer.MAX_VALUE - 2048} ({@code WebServerStartStopLifecycle}): in between, the processors
 * run and no request can arrive yet. Camunda's engine is built before any lifecycle bean starts, and
 * its job executor only on {@code ApplicationReadyEvent}, so no timer fires behind the timeline's back.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "cooperaflow.demo-data.enabled", havingValue = "true")
public class DemoData implements SmartLifecycle {

    /** After Axon's processors have started, before the web server starts. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2560;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoDataFilling filling;
    private final DemoUsers users;
    private final DemoTimeline timeline;
    private volatile boolean running;

    public DemoData(DemoDataFilling filling, EventStoreHead store, CommandGateway commandGateway, TaskInbox inbox, TaskActions actions,
                    UserDirectory directory, WorkflowAuthentication authentication, DueTimers timers,
                    EventProcessingConfiguration eventProcessing, EventBus eventBus) {
        this.filling = filling;
        this.users = new DemoUsers(directory, authentication);
        this.timeline = new DemoTimeline(new DemoActions(users, commandGateway, inbox, actions), new DemoClock(), timers,
                eventProcessing, eventBus, store);
    }

    /**
     * Fills on a daemon thread of its own, and waits for it. Axon starts its handler-timeout janitor
     * ({@code AxonTaskJanitor}) on the thread that first needs it, as that thread's kind: started by the
     * main thread, it would keep the JVM alive after a failed start.
     */
    @Override
    public void start() {
        running = true;
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread filling = new Thread(() -> {
            try {
                fillOnce();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "demo-data");
        filling.setDaemon(true);
        filling.start();
        try {
            filling.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data: interrupted while filling the database", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Fills the database with the demo agency, unless it was filled (or began to be) before or already
     * holds events; answers whether it did.
     */
    public boolean fillOnce() {
        Optional<DemoDataFilling.Filling> earlier = filling.earlier();
        if (earlier.isPresent()) {
            if (earlier.get().completedAt() == null) {
                log.warn("Demo data: filling began on {} but did not finish; delete the data folder to start afresh",
                        earlier.get().startedAt());
            } else {
                log.info("Demo data: the demo agency was filled in on {}", earlier.get().completedAt());
            }
            return false;
        }
        long events = timeline.storedEvents();
        if (events > 0) {
            log.info("Demo data: the event store already holds {} events, so no demo agency is added", events);
            return false;
        }
        List<String> missing = users.missing();
        if (!missing.isEmpty()) {
            log.warn("Demo data: the user directory lacks the demo users {}, so no demo agency is added", missing);
            return false;
        }
        // the row's key admits one: a second node starting on the same database leaves the filling to the first
        if (!filling.begin()) {
            return false;
        }
        log.info("Demo data: filling the empty database with a living agency, two years of cases (about a minute)");
        long began = System.nanoTime();
        DemoScript script = new DemoScript(Instant.now());
        DemoAgency.write(script);
        try {
            timeline.play(script);
            timeline.awaitAllProcessors();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo data could not be created (start with COOPERAFLOW_DEMO_DATA=false "
                    + "to do without, and delete the data folder to try again): " + e.getMessage(), e);
        }
        String summary = summary(script, timeline.storedEvents());
        filling.complete(summary);
        log.info("Demo data: {} in {} s", summary, Duration.ofNanos(System.nanoTime() - began).toSeconds());
        return true;
    }

    private static String summary(DemoScript script, long events) {
        return script.proposals().size() + " proposals " + count(script.proposals(), p -> p.stage().name()) + ", "
                + script.needs().size() + " needs " + count(script.needs(), n -> n.stage().name()) + ", "
                + script.contributions().size() + " contributions, " + script.accounts().size()
                + " thematic accounts, " + events + " events";
    }

    private static <T> Map<String, Long> count(List<T> stories, Function<T, String> stage) {
        return stories.stream().collect(Collectors.groupingBy(stage, TreeMap::new, Collectors.counting()));
    }
}
