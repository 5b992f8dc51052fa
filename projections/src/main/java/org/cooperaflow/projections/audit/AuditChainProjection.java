package org.cooperaflow.projections.audit;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain by each event, in global-index order (ADR 0008). The hash covers the
 * bytes as stored, read back by the event's identifier. An event that arrives after events of a
 * higher global index (a gap that a slower transaction filled) re-chains the entries after it, so
 * the chain always follows the global index.
 */
@Component
@ProcessingGroup(AuditChainProjection.PROCESSING_GROUP)
public class AuditChainProjection {

    public static final String PROCESSING_GROUP = "audit-chain";

    private final JdbcTemplate jdbc;

    public AuditChainProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventIdentifier) {
        List<StoredEvent> rows = jdbc.query("SELECT " + StoredEvent.COLUMNS
                + " FROM domainevententry WHERE eventIdentifier = ?", (rs, i) -> StoredEvent.of(rs), eventIdentifier);
        if (rows.isEmpty()) {
            return;
        }
        StoredEvent stored = rows.get(0);
        Long last = jdbc.queryForObject("SELECT MAX(global_index) FROM audit_chain", Long.class);
        if (last == null || stored.globalIndex() > last) {
            append(stored, last == null ? EventHashChain.GENESIS : hashAt(last));
            return;
        }
        Integer known = jdbc.queryForObject("SELECT count(*) FROM audit_chain WHERE global_index = ?", Integer.class,
                stored.globalIndex());
        if (known != null && known > 0) {
            return;
        }
        rechainFrom(stored);
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
        previousHash = append(late, previousHash);
        for (StoredEvent event : following) {
            previousHash = append(event, previousHash);
        }
    }

    private String append(StoredEvent event, String previousHash) {
        String hash = EventHashChain.hash(event, previousHash);
        jdbc.update("""
                INSERT INTO audit_chain (global_index, aggregate_id, sequence_number, payload_type, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?)""", event.globalIndex(), event.aggregateId(), event.sequenceNumber(),
                event.payloadType(), previousHash, hash);
        return hash;
    }

    private String hashAt(long globalIndex) {
        return jdbc.queryForObject("SELECT hash FROM audit_chain WHERE global_index = ?", String.class, globalIndex);
    }
}
