package org.cooperaflow.workflows.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's clock moved by an offset, as the demo agency's past is played, and put back. */
class WorkflowClockTest {

    @AfterEach
    void systemClock() {
        ClockUtil.reset();
    }

    @Test
    void theEngineReadsTheTimeTheOffsetAway() {
        WorkflowClock.offset(Duration.ofDays(-400));

        assertThat(ClockUtil.getCurrentTime().toInstant())
                .isCloseTo(Instant.now().minus(Duration.ofDays(400)), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void resetPutsTheEngineBackOnTheSystemClock() {
        WorkflowClock.offset(Duration.ofDays(30));

        WorkflowClock.reset();

        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    }
}
