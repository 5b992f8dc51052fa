package org.cooperaflow.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.cooperaflow.app.processors.StreamingProcessors;
import org.cooperaflow.projections.operations.EventStoreHead;
import org.cooperaflow.workflows.support.DueTimers;
import org.cooperaflow.workflows.support.WorkflowProcessingGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link DemoScript} in time order on the {@link DemoClock}. Before each step, time passes up to
 * the step: each timer that falls due meanwhile runs at its due time, through {@link DueTimers} as the
 * job executor would (which is not running yet), provided the scenario expects it; any
 * other is a mistake in the scenario. After each step, the {@code workflow} processor catches up
 * before the clock moves on, so the process steps it takes (beginning the screening, opening the
 * diagnosis) happen at the same simulated moment as the user's step.
 */
final class DemoTimeline {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DemoActions actions;
    private final DemoClock clock;
    private final DueTimers timers;
    private final EventProcessingConfiguration eventProcessing;
    private final EventBus eventBus;
    private final EventStoreHead store;

    DemoTimeline(DemoActions actions, DemoClock clock, DueTimers timers,
                 EventProcessingConfiguration eventProcessing, EventBus eventBus, EventStoreHead store) {
        this.actions = actions;
        this.clock = clock;
        this.timers = timers;
        this.eventProcessing = eventProcessing;
        this.eventBus = eventBus;
        this.store = store;
    }

    /** Plays every step, then lets time pass up to now; the clocks are the system's again afterwards. */
    void play(DemoScript script) {
        List<DemoScript.Step> steps = script.steps();
        Set<String> fired = new HashSet<>();
        try {
            for (int i = 0; i < steps.size(); i++) {
                DemoScript.Step step = steps.get(i);
                passTimeUntil(step.at(), script, fired);
                clock.moveTo(step.at());
                try {
                    step.action().accept(actions);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Demo data: step '" + step.what() + "' on " + step.at()
                            + " failed: " + e.getMessage(), e);
                }
                awaitWorkflow();
                if ((i + 1) % 200 == 0) {
                    log.info("Demo data: {} of {} steps played, the agency's clock at {}", i + 1, steps.size(),
                            step.at());
                }
            }
            passTimeUntil(Instant.now(), script, fired);
        } finally {
            clock.reset();
        }
        Set<String> neverDue = new TreeSet<>(script.expectedTimers());
        neverDue.removeAll(fired);
        if (!neverDue.isEmpty()) {
            throw new IllegalStateException("Demo scenario: the timers " + neverDue + " were expected but never fell due");
        }
        log.info("Demo data: {} steps played, {} timers fell due on the way", steps.size(), fired.size());
    }

    /** Runs, in due order, the timers due by then, and notes them as fired. */
    private void passTimeUntil(Instant until, DemoScript script, Set<String> fired) {
        while (true) {
            Optional<DueTimers.DueTimer> due = timers.first(until);
            if (due.isEmpty()) {
                return;
            }
            DueTimers.DueTimer timer = due.get();
            String activity = Objects.requireNonNullElse(timer.activityId(), "?");
            String caseId = Objects.requireNonNullElse(timer.caseId(), "?");
            if (!script.expectedTimers().contains(DemoScript.timer(caseId, activity))) {
                throw new IllegalStateException("Demo scenario: timer " + activity + " of case "
                        + script.caseName(caseId) + " falls due on " + timer.due() + ", before the case's next step on or after "
                        + until + "; move the step earlier or let the scenario expect the timer");
            }
            clock.moveTo(timer.due().plusSeconds(60));
            timers.fire(timer);
            awaitWorkflow();
            fired.add(DemoScript.timer(caseId, activity));
        }
    }

    /** Waits until the workflow processor has handled every stored event, including those its own steps stored. */
    private void awaitWorkflow() {
        // A task's or a timer's events are committed with Camunda's transaction, after Axon's unit of work has
        // asked the event store to look for new events; it would find them only at its next poll, a second
        // later. Publishing nothing, outside any unit of work, makes it look now.
        eventBus.publish(List.of());
        StreamingEventProcessor workflow = StreamingProcessors.named(eventProcessing, WorkflowProcessingGroup.NAME)
                .orElseThrow(() -> new IllegalStateException("no event processor " + WorkflowProcessingGroup.NAME));
        Long head = headIndex();
        while (head != null) {
            awaitHandled(List.of(workflow), head);
            Long later = headIndex();
            if (Objects.equals(later, head)) {
                return;
            }
            head = later;
        }
    }

    /** Waits until every event processor has handled every stored event (the read models are complete). */
    void awaitAllProcessors() {
        Long head = headIndex();
        if (head != null) {
            awaitHandled(List.copyOf(StreamingProcessors.all(eventProcessing).values()), head);
        }
    }

    long storedEvents() {
        return store.storedEvents();
    }

    /** The newest event's global index, or null while the store is empty. */
    private Long headIndex() {
        long head = store.globalIndex();
        return head == 0 ? null : head;
    }

    private static void awaitHandled(List<StreamingEventProcessor> processors, long head) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!StreamingProcessors.allCaughtUp(processors, head)) {
            if (System.nanoTime() > deadline) {
                Throwable error = processors.stream().map(StreamingProcessors::error).flatMap(Optional::stream)
                        .findFirst().orElse(null);
                throw new IllegalStateException("Demo data: event processors did not reach event " + head + " within "
                        + PATIENCE.toSeconds() + " s", error);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Demo data interrupted", e);
            }
        }
    }
}
