package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredEventTimesTest {

    @Test
    void readsWhatAxonWritesAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(47079);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 200_000; i++) {
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli(random.nextLong(from, to)));
            assertThat(StoredEventTimes.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void readsTheEdgesOfDaysMonthsAndLeapYears() {
        for (String stored : new String[] {"2024-02-29T23:59:59.999Z", "2024-03-01T00:00:00.000Z",
                "2023-12-31T23:59:59.999Z", "2000-02-29T12:00:00.001Z", "1970-01-01T00:00:00.000Z",
                "2026-12-01T05:04:33.123Z"}) {
            assertThat(StoredEventTimes.parse(stored)).as(stored).isEqualTo(Instant.parse(stored));
        }
    }

    @Test
    void leavesAnyOtherShapeToAxonsParser() {
        // other offsets, other precisions, lower case: what another writer of the table may have stored
        for (String stored : new String[] {"2026-12-01T07:04:33.123+02:00", "2026-12-01T05:04:33Z",
                "2026-12-01T05:04:33.123456Z", "2026-12-01t05:04:33.123z", "+12026-12-01T05:04:33.123Z"}) {
            assertThat(StoredEventTimes.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void refusesWhatAxonRefuses() {
        for (String stored : new String[] {"2026-02-30T05:04:33.123Z", "2026-12-01T24:04:33.123Z",
                "2026-12-01T05:60:33.123Z", "2026-13-01T05:04:33.123Z", "2026-12-01T05:04:3x.123Z",
                "2026-12-01 05:04:33.123Z", "not a time at all, 24 ch"}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredEventTimes.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
