package org.cooperaflow.app.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** A processor is caught up on this node only when the node holds all of its segments and each has passed the event. */
class StreamingProcessorsTest {

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);

    @Test
    void segmentsCoverTheWholeSpaceOnlyTogether() {
        assertThat(StreamingProcessors.coversAllSegments(Map.of())).isFalse();
        assertThat(StreamingProcessors.coversAllSegments(Map.of(0, status(0, 0, 1)))).isTrue();
        assertThat(StreamingProcessors.coversAllSegments(Map.of(0, status(0, 1, 1)))).isFalse();
        assertThat(StreamingProcessors.coversAllSegments(Map.of(0, status(0, 1, 1), 1, status(1, 1, 1)))).isTrue();
        assertThat(StreamingProcessors.coversAllSegments(Map.of(0, status(0, 1, 1), 1, status(1, 3, 1))))
                .as("one quarter is missing").isFalse();
    }

    @Test
    void caughtUpWhenEveryHeldSegmentHasPassedTheEventAndNoneIsMissing() {
        when(processor.isRunning()).thenReturn(true);
        Map<Integer, EventTrackerStatus> oneHeld = Map.of(0, status(0, 1, 50));
        when(processor.processingStatus()).thenReturn(oneHeld);
        assertThat(StreamingProcessors.caughtUp(processor, 42L)).as("segment 1 is not held here").isFalse();
        Map<Integer, EventTrackerStatus> oneBehind = Map.of(0, status(0, 1, 50), 1, status(1, 1, 41));
        when(processor.processingStatus()).thenReturn(oneBehind);
        assertThat(StreamingProcessors.caughtUp(processor, 42L)).isFalse();
        Map<Integer, EventTrackerStatus> bothPast = Map.of(0, status(0, 1, 50), 1, status(1, 1, 42));
        when(processor.processingStatus()).thenReturn(bothPast);
        assertThat(StreamingProcessors.caughtUp(processor, 42L)).isTrue();
        when(processor.isRunning()).thenReturn(false);
        assertThat(StreamingProcessors.caughtUp(processor, 42L)).as("stopped").isFalse();
    }

    private static EventTrackerStatus status(int segmentId, int mask, long position) {
        // the segment of that id among mask + 1 equal segments
        Segment segment = Arrays.stream(Segment.computeSegments(IntStream.rangeClosed(0, mask).toArray()))
                .filter(s -> s.getSegmentId() == segmentId).findFirst().orElseThrow();
        assertThat(segment.getMask()).isEqualTo(mask);
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(segment);
        when(status.isErrorState()).thenReturn(false);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return status;
    }
}
