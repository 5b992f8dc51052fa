package org.cooperaflow.projections.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain from the event store and compares it with the chain the
 * {@code audit-chain} processor recorded. Entries past the last recorded one are not checked yet
 * ({@code pending}). The first entry whose recomputed hash differs, that the store lost, or that
 * the store has and the chain never saw, breaks the chain.
 *
 * <p>Both are read side by side in order of global index, a page at a time ({@code cooperaflow.audit.verify-page-size}
 * rows of each), so memory stays the same whatever the length of the chain.
 */
@Service
public class AuditChainVerifier {

    /** Where the chain breaks: the entry as the store (or, for a removed entry, the chain) knows it. */
    public record BrokenEntry(long globalIndex, String aggregateId, long sequence, String type) {
    }

    /** The outcome: {@code checked} entries compared, {@code pending} entries not yet chained. */
    public record Verification(boolean valid, long checked, long pending, BrokenEntry firstBrokenEntry) {
    }

    private record ChainEntry(long globalIndex, String aggregateId, long sequence, String type, String hash) {

        BrokenEntry lost() {
            return new BrokenEntry(globalIndex, aggregateId, sequence, type);
        }
    }

    private final JdbcTemplate jdbc;
    private final int pageSize;

    public AuditChainVerifier(JdbcTemplate jdbc, @Value("${cooperaflow.audit.verify-page-size:5000}") int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("cooperaflow.audit.verify-page-size must be at least 1");
        }
        this.jdbc = jdbc;
        this.pageSize = pageSize;
    }

    /** Up to the last entry chained when it begins; entries stored after that are {@code pending}. */
    @Transactional(readOnly = true)
    public Verification verify() {
        Long lastChained = jdbc.queryForObject("SELECT max(global_index) FROM audit_chain", Long.class);
        long last = lastChained == null ? 0 : lastChained;
        Long pending = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalIndex > ?", Long.class,
                last);
        Pages<StoredEvent> store = new Pages<>(after -> jdbc.query("SELECT " + StoredEvent.COLUMNS
                + " FROM domainevententry WHERE globalIndex > ? AND globalIndex <= ? ORDER BY globalIndex LIMIT ?",
                (rs, row) -> StoredEvent.of(rs), after, last, pageSize), StoredEvent::globalIndex);
        Pages<ChainEntry> chain = new Pages<>(after -> jdbc.query("SELECT global_index, aggregate_id,"
                + " sequence_number, payload_type, hash FROM audit_chain WHERE global_index > ? ORDER BY global_index"
                + " LIMIT ?", (rs, row) -> new ChainEntry(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getString(5)), after, pageSize), ChainEntry::globalIndex);

        String previous = EventHashChain.GENESIS;
        long checked = 0;
        BrokenEntry broken = null;
        for (StoredEvent event = store.next(); event != null && broken == null; event = store.next()) {
            ChainEntry recorded = chain.peek();
            if (recorded != null && recorded.globalIndex() < event.globalIndex()) {
                // an entry the chain has but the store lost, before this one
                broken = recorded.lost();
                break;
            }
            checked++;
            String hash = EventHashChain.hash(event, previous);
            if (recorded == null || recorded.globalIndex() != event.globalIndex() || !recorded.hash().equals(hash)) {
                broken = new BrokenEntry(event.globalIndex(), event.aggregateId(), event.sequenceNumber(),
                        event.payloadType());
                break;
            }
            chain.next();
            previous = hash;
        }
        if (broken == null && chain.peek() != null) {
            // entries the chain has after the last the store still has
            broken = chain.peek().lost();
        }
        return new Verification(broken == null, checked, pending == null ? 0 : pending, broken);
    }

    /** Rows read a page at a time by ascending global index (keyset paging), one page held at once. */
    private static final class Pages<T> {

        private final LongFunction<List<T>> pageAfter;
        private final ToLongFunction<T> index;
        private final Deque<T> page = new ArrayDeque<>();
        private long lastIndex;
        private boolean exhausted;

        Pages(LongFunction<List<T>> pageAfter, ToLongFunction<T> index) {
            this.pageAfter = pageAfter;
            this.index = index;
        }

        T peek() {
            if (page.isEmpty() && !exhausted) {
                List<T> rows = pageAfter.apply(lastIndex);
                if (rows.isEmpty()) {
                    exhausted = true;
                } else {
                    page.addAll(rows);
                    lastIndex = index.applyAsLong(rows.get(rows.size() - 1));
                }
            }
            return page.peekFirst();
        }

        T next() {
            T row = peek();
            if (row != null) {
                page.removeFirst();
            }
            return row;
        }
    }
}
