package org.cooperaflow.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.cooperaflow.workflows.support.WorkflowClock;

/**
 * The time both engines read, moved together while the demo agency's past is played: Axon stamps
 * each event with {@link GenericEventMessage#clock}, Camunda dates tasks, due dates and timers by
 * {@link WorkflowClock}. Both are static, so this is only ever used before the application takes
 * requests. The clocks keep ticking from the moment they are set, so the events of one step stay
 * in order; they never go back.
 */
final class DemoClock {

    private final Clock original = GenericEventMessage.clock;
    private Instant movedTo;

    /** Both clocks at {@code at}, or where they stand if that is later. */
    Instant moveTo(Instant at) {
        Instant target = movedTo == null || at.isAfter(now()) ? at : now();
        Duration offset = Duration.between(Instant.now(), target);
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), offset);
        WorkflowClock.offset(offset);
        movedTo = target;
        return target;
    }

    /** The time both clocks show. */
    Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** Both clocks back on the system clock. */
    void reset() {
        GenericEventMessage.clock = original;
        WorkflowClock.reset();
        movedTo = null;
    }
}
