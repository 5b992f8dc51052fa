package org.cooperaflow.projections.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain from the event store and compares it with the chain the
 * {@code audit-chain} processor recorded. Entries past the last recorded one are not checked yet
 * ({@code pending}). The first entry whose recomputed hash differs, that the store lost, or that
 * the store has and the chain never saw, breaks the chain.
 */
@Service
public class AuditChainVerifier {

    /** Where the chain breaks: the entry as the store (or, for a removed entry, the chain) knows it. */
    public record BrokenEntry(long globalIndex, String aggregateId, long sequence, String type) {
    }

    /** The outcome: {@code checked} entries compared, {@code pending} entries not yet chained. */
    public record Verification(boolean valid, long checked, long pending, BrokenEntry firstBrokenEntry) {
    }

    private record ChainEntry(String aggregateId, long sequence, String type, String hash) {
    }

    private final JdbcTemplate jdbc;

    public AuditChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In one read-only transaction, so the store is read with a cursor rather than whole into memory. */
    @Transactional(readOnly = true)
    public Verification verify() {
        TreeMap<Long, ChainEntry> chain = new TreeMap<>();
        jdbc.query("SELECT global_index, aggregate_id, sequence_number, payload_type, hash FROM audit_chain", rs -> {
            chain.put(rs.getLong(1), new ChainEntry(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
        });
        long last = chain.isEmpty() ? 0 : chain.lastKey();
        Map<String, Object> state = new HashMap<>();
        state.put("previous", EventHashChain.GENESIS);
        long[] counters = new long[2]; // checked, pending
        BrokenEntry[] broken = new BrokenEntry[1];
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(500);
        cursor.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry ORDER BY globalIndex", rs -> {
            StoredEvent event = StoredEvent.of(rs);
            if (event.globalIndex() > last) {
                counters[1]++;
                return;
            }
            if (broken[0] != null) {
                return;
            }
            // an entry the chain has but the store lost, before this one
            Long lost = chain.lowerKey(event.globalIndex());
            Long lastSeen = (Long) state.get("lastSeen");
            if (lost != null && (lastSeen == null || lost > lastSeen)) {
                ChainEntry gone = chain.get(lost);
                broken[0] = new BrokenEntry(lost, gone.aggregateId(), gone.sequence(), gone.type());
                return;
            }
            state.put("lastSeen", event.globalIndex());
            counters[0]++;
            String hash = EventHashChain.hash(event, (String) state.get("previous"));
            ChainEntry recorded = chain.get(event.globalIndex());
            if (recorded == null || !recorded.hash().equals(hash)) {
                broken[0] = new BrokenEntry(event.globalIndex(), event.aggregateId(), event.sequenceNumber(),
                        event.payloadType());
                return;
            }
            state.put("previous", hash);
        });
        if (broken[0] == null) {
            Long lastSeen = (Long) state.get("lastSeen");
            Long lost = lastSeen == null ? (chain.isEmpty() ? null : chain.firstKey()) : chain.higherKey(lastSeen);
            if (lost != null) {
                ChainEntry gone = chain.get(lost);
                broken[0] = new BrokenEntry(lost, gone.aggregateId(), gone.sequence(), gone.type());
            }
        }
        return new Verification(broken[0] == null, counters[0], counters[1], broken[0]);
    }
}
