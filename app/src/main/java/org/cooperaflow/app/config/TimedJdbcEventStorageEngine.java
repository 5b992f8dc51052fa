package org.cooperaflow.app.config;

import java.lang.ref.WeakReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event store, except that it reads a stored event's columns by position and parses its time once, by
 * {@link StoredEventTimes}. Axon's own parses the stored text twice per event and processor: to tell whether a gap
 * before the event may still fill, and again whenever a handler asks for the event's time; with its general ISO 8601
 * parser that was a sixth of a read model's replay time (ADR 0028).
 *
 * <p>{@link #getTrackedEventData} is Axon 4.13's own but for the entry it builds: the same gap rules (a gap is kept
 * only while the event after it is younger than the gap timeout, at most {@code maxGapOffset} behind) with Axon's
 * default settings, given to the builder here so that both use the same. {@code TimedJdbcEventStorageEngineTest} holds
 * the two to the same tokens and entries.
 */
final class TimedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    /** Axon's defaults, given to the builder so that this class's copy of the gap rules uses what Axon uses. */
    static final int MAX_GAP_OFFSET = 10_000;
    static final long LOWEST_GLOBAL_SEQUENCE = 1;
    static final int GAP_TIMEOUT_MILLIS = 60_000;

    private final ThreadLocal<Columns> columns = new ThreadLocal<>();

    /**
     * Axon's builder; the payload and metadata columns must be bytes (Axon's default {@code dataType}).
     *
     * <p>An aggregate's events are read in batches of {@code batchSize} sequence numbers, and a batch with fewer
     * events is the last. Axon's JDBC engine instead reads on until a batch comes back empty, so that a gap in an
     * aggregate's sequence numbers (events deleted by hand) does not end the stream early: one more query for every
     * aggregate loaded and every case read, almost always empty. Here an aggregate's events are only ever appended,
     * numbered one after the other, and never deleted (the audit chain would show it).
     */
    TimedJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder, int batchSize) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(GAP_TIMEOUT_MILLIS).batchSize(batchSize)
                .finalAggregateBatchPredicate(batch -> batch.size() < batchSize));
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        Columns at = columns(resultSet);
        long globalSequence = resultSet.getLong(at.globalIndex);
        String aggregateIdentifier = resultSet.getString(at.aggregateIdentifier);
        String eventIdentifier = resultSet.getString(at.eventIdentifier);
        TimedEntry<byte[]> event = new TimedEntry<>(resultSet.getString(at.type),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(at.sequenceNumber), eventIdentifier, resultSet.getString(at.timestamp),
                resultSet.getString(at.payloadType), resultSet.getString(at.payloadRevision),
                resultSet.getBytes(at.payload), resultSet.getBytes(at.metaData));

        boolean allowGaps = event.getTimestamp().isAfter(
                GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        Columns at = columns(resultSet);
        return new TimedEntry<>(resultSet.getString(at.type), resultSet.getString(at.aggregateIdentifier),
                resultSet.getLong(at.sequenceNumber), resultSet.getString(at.eventIdentifier),
                resultSet.getString(at.timestamp), resultSet.getString(at.payloadType),
                resultSet.getString(at.payloadRevision), resultSet.getBytes(at.payload),
                resultSet.getBytes(at.metaData));
    }

    /**
     * The positions of the event table's columns in this result set. Finding a column by name took a twentieth of
     * the processors' time (the driver looks the name up on every call); a result set's rows are read on one thread,
     * one after the other, so the positions found at its first row serve the rest.
     */
    private Columns columns(ResultSet resultSet) throws SQLException {
        Columns known = columns.get();
        if (known == null || known.resultSet.get() != resultSet) {
            known = new Columns(resultSet, schema());
            columns.set(known);
        }
        return known;
    }

    private static final class Columns {

        final WeakReference<ResultSet> resultSet;
        final int globalIndex;
        final int aggregateIdentifier;
        final int eventIdentifier;
        final int type;
        final int sequenceNumber;
        final int timestamp;
        final int payloadType;
        final int payloadRevision;
        final int payload;
        final int metaData;

        Columns(ResultSet resultSet, EventSchema schema) throws SQLException {
            this.resultSet = new WeakReference<>(resultSet);
            globalIndex = optional(resultSet, schema.globalIndexColumn());
            aggregateIdentifier = resultSet.findColumn(schema.aggregateIdentifierColumn());
            eventIdentifier = resultSet.findColumn(schema.eventIdentifierColumn());
            type = resultSet.findColumn(schema.typeColumn());
            sequenceNumber = resultSet.findColumn(schema.sequenceNumberColumn());
            timestamp = resultSet.findColumn(schema.timestampColumn());
            payloadType = resultSet.findColumn(schema.payloadTypeColumn());
            payloadRevision = resultSet.findColumn(schema.payloadRevisionColumn());
            payload = resultSet.findColumn(schema.payloadColumn());
            metaData = resultSet.findColumn(schema.metaDataColumn());
        }

        /** An aggregate's events are read without their global index. */
        private static int optional(ResultSet resultSet, String column) {
            try {
                return resultSet.findColumn(column);
            } catch (SQLException absent) {
                return -1;
            }
        }
    }

    /** A stored event whose time is parsed once, when it is read. */
    private static final class TimedEntry<T> extends GenericDomainEventEntry<T> {

        private final Instant timestamp;

        TimedEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                   String storedTime, String payloadType, String payloadRevision, T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTime, payloadType,
                    payloadRevision, payload, metaData);
            this.timestamp = StoredEventTimes.parse(storedTime);
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }
    }
}
