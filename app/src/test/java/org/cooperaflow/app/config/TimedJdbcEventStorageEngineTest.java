package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TimedJdbcEventStorageEngine} copies Axon's reading of a stored event to build another entry: it must make
 * the same tracking tokens (gaps kept while young, dropped once old) and entries as Axon's own engine.
 */
class TimedJdbcEventStorageEngineTest {

    /** Axon's engine with Axon's defaults. */
    private final AxonsEngine axons = new AxonsEngine(builder());
    private final TimedJdbcEventStorageEngine timed = new TimedJdbcEventStorageEngine(builder(), 1000);

    private static JdbcEventStorageEngine.Builder builder() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(mock(ConnectionProvider.class))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer());
    }

    @Test
    void tracksTheStoreAsAxonDoesWithGapsYoungAndOld() throws SQLException {
        Instant now = Instant.now();
        // global indexes with gaps, some events long past the gap timeout, some just written
        long[] indexes = {1, 2, 5, 6, 9, 20, 21, 40, 41, 43};
        Instant[] times = {now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofMinutes(5)), now.minus(Duration.ofSeconds(61)), now.minus(Duration.ofSeconds(30)),
                now.minus(Duration.ofSeconds(5)), now, now.minus(Duration.ofHours(2)), now.minus(Duration.ofSeconds(1)),
                now};
        for (int start = 0; start < indexes.length; start++) {
            GapAwareTrackingToken axonsToken = null;
            GapAwareTrackingToken timedToken = null;
            for (int i = start; i < indexes.length; i++) {
                ResultSet row = row(indexes[i], times[i], i % 3 == 0);
                TrackedEventData<?> axonsData = axons.tracked(row, axonsToken);
                TrackedEventData<?> timedData = timed.getTrackedEventData(row, timedToken);
                assertThat(timedData.trackingToken()).isEqualTo(axonsData.trackingToken());
                assertSameEntry(timedData, axonsData);
                axonsToken = (GapAwareTrackingToken) axonsData.trackingToken();
                timedToken = (GapAwareTrackingToken) timedData.trackingToken();
            }
            assertThat(timedToken.getGaps()).isEqualTo(axonsToken.getGaps());
        }
    }

    @Test
    void readsAnAggregatesEventsAsAxonDoes() throws SQLException {
        ResultSet row = row(-7, Instant.parse("2025-03-01T10:15:30.123Z"), false);
        assertSameEntry(timed.getDomainEventData(row), axons.domain(row));
    }

    /**
     * An aggregate's events, read in batches of 5: a batch with fewer is the last, so the stream needs one query more
     * than the full batches it holds, and no empty query after a short batch.
     */
    @ParameterizedTest(name = "{0} events in {1} queries")
    @CsvSource({"0, 1", "1, 1", "4, 1", "5, 2", "6, 2", "10, 3", "13, 3"})
    void readsAnAggregateUntilABatchComesBackShort(int events, int queries) throws SQLException {
        List<Long> firstSequenceNumbers = new ArrayList<>();
        Connection connection = mock(Connection.class);
        when(connection.prepareStatement(anyString())).thenAnswer(a -> aggregateQuery(events, firstSequenceNumbers));
        TimedJdbcEventStorageEngine engine =
                new TimedJdbcEventStorageEngine(builder().connectionProvider(() -> connection), 5);

        List<Long> read = engine.readEvents("proposal-1", 0).asStream().map(DomainEventMessage::getSequenceNumber)
                .toList();

        assertThat(read).isEqualTo(LongStream.range(0, events).boxed().toList());
        assertThat(firstSequenceNumbers).hasSize(queries)
                .isEqualTo(LongStream.range(0, queries).map(batch -> batch * 5).boxed().toList());
    }

    /**
     * The statement for one batch of an aggregate's events, as Axon builds it (the aggregate, the first sequence
     * number, the one after the last): its result holds those of the aggregate's events in that range.
     */
    private static PreparedStatement aggregateQuery(int events, List<Long> firstSequenceNumbers) throws SQLException {
        PreparedStatement statement = mock(PreparedStatement.class);
        long[] range = new long[2];
        doAnswer(a -> range[0] = a.getArgument(1, Long.class)).when(statement).setLong(eq(2), anyLong());
        doAnswer(a -> range[1] = a.getArgument(1, Long.class)).when(statement).setLong(eq(3), anyLong());
        when(statement.executeQuery()).thenAnswer(a -> {
            firstSequenceNumbers.add(range[0]);
            List<ResultSet> rows = new ArrayList<>();
            for (long sequence = range[0]; sequence < Math.min(range[1], events); sequence++) {
                rows.add(row(-(sequence * 4 + 1), Instant.parse("2025-03-01T10:15:30Z"), false));
            }
            return cursor(rows);
        });
        return statement;
    }

    /** One result set over rows made by {@link #row}: each call reads the row the cursor stands on. */
    private static ResultSet cursor(List<ResultSet> rows) throws SQLException {
        ResultSet cursor = mock(ResultSet.class);
        int[] at = {-1};
        when(cursor.next()).thenAnswer(a -> ++at[0] < rows.size());
        when(cursor.findColumn(anyString())).thenAnswer(a -> rows.get(0).findColumn(a.getArgument(0)));
        when(cursor.getLong(anyInt())).thenAnswer(a -> rows.get(at[0]).getLong(a.getArgument(0, Integer.class)));
        when(cursor.getString(anyInt())).thenAnswer(a -> rows.get(at[0]).getString(a.getArgument(0, Integer.class)));
        when(cursor.getBytes(anyInt())).thenAnswer(a -> rows.get(at[0]).getBytes(a.getArgument(0, Integer.class)));
        return cursor;
    }

    private static void assertSameEntry(DomainEventData<?> timed, DomainEventData<?> axons) {
        assertThat(timed.getTimestamp()).isEqualTo(axons.getTimestamp());
        assertThat(timed.getEventIdentifier()).isEqualTo(axons.getEventIdentifier());
        assertThat(timed.getAggregateIdentifier()).isEqualTo(axons.getAggregateIdentifier());
        assertThat(timed.getSequenceNumber()).isEqualTo(axons.getSequenceNumber());
        assertThat(timed.getType()).isEqualTo(axons.getType());
        assertThat(timed.getPayload().getType()).isEqualTo(axons.getPayload().getType());
        assertThat((byte[]) timed.getPayload().getData()).isEqualTo((byte[]) axons.getPayload().getData());
        assertThat((byte[]) timed.getMetaData().getData()).isEqualTo((byte[]) axons.getMetaData().getData());
    }

    private static <T> void assertSameEntry(TrackedEventData<?> timed, TrackedEventData<?> axons) {
        assertSameEntry((DomainEventData<?>) timed, (DomainEventData<?>) axons);
    }

    /**
     * A row of the event table as the engine reads it, by name or position; an event without aggregate has its own
     * id as aggregate. A global index of 0 or less stands for none: a row of an aggregate's events, read without it.
     */
    private static ResultSet row(long globalIndex, Instant time, boolean withoutAggregate) throws SQLException {
        String eventId = "event-" + globalIndex;
        Map<String, Object> columns = new LinkedHashMap<>();
        if (globalIndex > 0) {
            columns.put("globalIndex", globalIndex);
        }
        columns.put("eventIdentifier", eventId);
        columns.put("aggregateIdentifier", withoutAggregate ? eventId : "proposal-" + Math.abs(globalIndex) % 4);
        columns.put("sequenceNumber", Math.abs(globalIndex) / 4);
        columns.put("type", "ProjectProposal");
        columns.put("timeStamp", DateTimeUtils.formatInstant(time));
        columns.put("payloadType", "org.cooperaflow.domain.proposal.ProposalSubmittedEvent");
        columns.put("payloadRevision", "1");
        columns.put("payload", ("{\"n\":" + globalIndex + "}").getBytes());
        columns.put("metaData", "{\"actor\":\"officer-jm\"}".getBytes());
        List<String> names = new ArrayList<>(columns.keySet());
        ResultSet row = mock(ResultSet.class);
        when(row.findColumn(anyString())).thenAnswer(a -> {
            int position = names.indexOf(a.getArgument(0, String.class));
            if (position < 0) {
                throw new SQLException("no column " + a.getArgument(0));
            }
            return position + 1;
        });
        when(row.getLong(anyString())).thenAnswer(a -> columns.get(a.getArgument(0, String.class)));
        when(row.getString(anyString())).thenAnswer(a -> columns.get(a.getArgument(0, String.class)));
        when(row.getBytes(anyString())).thenAnswer(a -> columns.get(a.getArgument(0, String.class)));
        when(row.getLong(anyInt())).thenAnswer(a -> columns.get(names.get(a.getArgument(0, Integer.class) - 1)));
        when(row.getString(anyInt())).thenAnswer(a -> columns.get(names.get(a.getArgument(0, Integer.class) - 1)));
        when(row.getBytes(anyInt())).thenAnswer(a -> columns.get(names.get(a.getArgument(0, Integer.class) - 1)));
        return row;
    }

    /** Axon's engine, its protected readers opened to this test. */
    private static final class AxonsEngine extends JdbcEventStorageEngine {

        AxonsEngine(Builder builder) {
            super(builder);
        }

        TrackedEventData<?> tracked(ResultSet row, GapAwareTrackingToken previous) throws SQLException {
            return getTrackedEventData(row, previous);
        }

        DomainEventData<?> domain(ResultSet row) throws SQLException {
            return getDomainEventData(row);
        }
    }
}
