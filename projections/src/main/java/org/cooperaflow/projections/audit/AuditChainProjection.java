package org.cooperaflow.projections.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperaflow.projections.batch.KeyList;
import org.cooperaflow.projections.batch.ProjectionBatch;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain by each event, in global-index order (ADR 0008). The hash covers the
 * bytes as stored, read back by the event's identifier. An event that arrives after events of a
 * higher global index (a gap that a slower transaction filled) re-chains the entries after it, so
 * the chain always follows the global index. A batch of events reads its stored bytes in one
 * query, by their range of global indexes, and appends its entries in one batch statement ({@link ProjectionBatch}).
 */
@Component
@ProcessingGroup(AuditChainProjection.PROCESSING_GROUP)
public class AuditChainProjection {

    public static final String PROCESSING_GROUP = "audit-chain";

    private static final String INSERT = """
            INSERT INTO audit_chain (global_index, aggregate_id, sequence_number, payload_type, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    public AuditChainProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the message, not its payload: the chain covers the stored bytes, and no event is deserialized for it. */
    @EventHandler
    void on(EventMessage<?> event) {
        String eventIdentifier = event.getIdentifier();
        Batch batch = ProjectionBatch.current(this, Batch::new);
        StoredEvent stored = batch.stored.get(eventIdentifier);
        if (stored == null) {
            return;
        }
        if (batch.lastIndex == null || stored.globalIndex() > batch.lastIndex) {
            batch.append(stored);
            return;
        }
        batch.flush();
        Integer known = jdbc.queryForObject("SELECT count(*) FROM audit_chain WHERE global_index = ?", Integer.class,
                stored.globalIndex());
        if (known == null || known == 0) {
            rechainFrom(stored);
        }
        batch.readLast();
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_chain");
    }

    private void rechainFrom(StoredEvent late) {
        List<Long> previous = jdbc.queryForList(
                "SELECT MAX(global_index) FROM audit_chain WHERE global_index < ?", Long.class, late.globalIndex());
        String previousHash = previous.isEmpty() || previous.get(0) == null ? EventHashChain.GENESIS
                : hashAt(previous.get(0));
        List<StoredEvent> following = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry e"
                + " WHERE e.globalIndex IN (SELECT global_index FROM audit_chain WHERE global_index > ?)"
                + " ORDER BY e.globalIndex", (rs, i) -> StoredEvent.of(rs), late.globalIndex());
        jdbc.update("DELETE FROM audit_chain WHERE global_index > ?", late.globalIndex());
        List<Entry> entries = new ArrayList<>();
        previousHash = entry(late, previousHash, entries);
        for (StoredEvent event : following) {
            previousHash = entry(event, previousHash, entries);
        }
        insert(entries);
    }

    /** One row of the chain. */
    private record Entry(long globalIndex, String aggregateId, long sequenceNumber, String payloadType,
                         String previousHash, String hash) {
    }

    /** Adds the event's chain entry after {@code previousHash} to {@code entries}; returns its hash. */
    private static String entry(StoredEvent event, String previousHash, List<Entry> entries) {
        String hash = EventHashChain.hash(event, previousHash);
        entries.add(new Entry(event.globalIndex(), event.aggregateId(), event.sequenceNumber(), event.payloadType(),
                previousHash, hash));
        return hash;
    }

    /** One batch statement, each value set by its type rather than found out by Spring for every value. */
    private void insert(List<Entry> entries) {
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                Entry entry = entries.get(i);
                insert.setLong(1, entry.globalIndex());
                insert.setString(2, entry.aggregateId());
                insert.setLong(3, entry.sequenceNumber());
                insert.setString(4, entry.payloadType());
                insert.setString(5, entry.previousHash());
                insert.setString(6, entry.hash());
            }

            @Override
            public int getBatchSize() {
                return entries.size();
            }
        });
    }

    private String hashAt(long globalIndex) {
        return jdbc.queryForObject("SELECT hash FROM audit_chain WHERE global_index = ?", String.class, globalIndex);
    }

    /** The batch's stored events, the chain's end as the batch extends it, and the entries not yet written. */
    private final class Batch implements ProjectionBatch.Writes {

        final Map<String, StoredEvent> stored = new HashMap<>();
        final List<Entry> entries = new ArrayList<>();
        Long lastIndex;
        String lastHash;

        /**
         * Reads the batch's stored events: those of a run of the store (a batch read in order, perhaps with a gap) as
         * one range of the store's primary key, which PostgreSQL reads in order, as it reads them for the processor;
         * those the range does not hold (a batch whose positions are far apart, such as a late event after its gap
         * filled) by their identifiers.
         */
        Batch(ProjectionBatch.BatchEvents events) {
            Set<String> identifiers = events.eventIdentifiers();
            Optional<long[]> indexes = events.globalIndexes();
            if (indexes.isPresent() && indexes.get().length > 0) {
                long first = Arrays.stream(indexes.get()).min().getAsLong();
                long last = Arrays.stream(indexes.get()).max().getAsLong();
                if (last - first < 2L * indexes.get().length) {
                    jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry"
                            + " WHERE globalIndex >= ? AND globalIndex <= ?", rs -> {
                                StoredEvent event = StoredEvent.of(rs);
                                if (identifiers.contains(event.eventIdentifier())) {
                                    stored.put(event.eventIdentifier(), event);
                                }
                            }, first, last);
                }
            }
            Set<String> unread = new HashSet<>(identifiers);
            unread.removeAll(stored.keySet());
            if (!unread.isEmpty()) {
                jdbc.query(KeyList.byUniqueKey("SELECT " + StoredEvent.COLUMNS
                        + " FROM domainevententry WHERE eventIdentifier = ANY(?)", unread), rs -> {
                    StoredEvent event = StoredEvent.of(rs);
                    stored.put(event.eventIdentifier(), event);
                });
            }
            readLast();
        }

        void readLast() {
            lastIndex = null;
            lastHash = EventHashChain.GENESIS;
            jdbc.query("SELECT global_index, hash FROM audit_chain ORDER BY global_index DESC LIMIT 1", rs -> {
                lastIndex = rs.getLong(1);
                lastHash = rs.getString(2);
            });
        }

        void append(StoredEvent event) {
            lastHash = entry(event, lastHash, entries);
            lastIndex = event.globalIndex();
        }

        @Override
        public void flush() {
            if (!entries.isEmpty()) {
                insert(entries);
                entries.clear();
            }
        }
    }
}
