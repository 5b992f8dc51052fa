package org.cooperaflow.workflows.support;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the process engine reads when it dates tasks, due dates and timers. The engine has one static clock for
 * the whole JVM, so it is moved only while nothing else acts (the demo agency's past, played before any request).
 */
public final class WorkflowClock {

    private WorkflowClock() {
    }

    /** The engine's clock {@code offset} away from the system clock, ticking on from there. */
    public static void offset(Duration offset) {
        ClockUtil.offset(offset.toMillis());
    }

    /** The engine's clock back on the system clock. */
    public static void reset() {
        ClockUtil.reset();
    }
}
