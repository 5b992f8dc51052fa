package org.cooperaflow.workflows;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock in process tests: fixed at a known instant, moved on explicitly, never slept on. */
public final class ProcessTestClock {

    private static ZonedDateTime now;

    private ProcessTestClock() {
    }

    /** Fixes the engine clock at a Monday morning, far from month ends, so month arithmetic is unambiguous. */
    public static void start() {
        now = LocalDateTime.of(2026, 3, 2, 9, 0).atZone(ZoneId.systemDefault());
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    }

    /** The instant {@code isoDuration} (e.g. P30D, P3M, PT5M) after the engine's current time. */
    public static Date after(String isoDuration) {
        return Date.from(now.plus(amount(isoDuration)).toInstant());
    }

    /** Moves the engine clock {@code isoDuration} forward. */
    public static void advance(String isoDuration) {
        now = now.plus(amount(isoDuration));
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    }

    public static void reset() {
        ClockUtil.reset();
    }

    private static TemporalAmount amount(String isoDuration) {
        return isoDuration.contains("T") ? Duration.parse(isoDuration) : Period.parse(isoDuration);
    }
}
