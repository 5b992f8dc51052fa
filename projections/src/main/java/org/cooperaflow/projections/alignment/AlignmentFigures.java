package org.cooperaflow.projections.alignment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.projections.batch.BatchStatements;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each proposal counts in the alignment report ({@code alignment_figure}): per basis with a date, in that
 * date's year (UTC), one proposal with its requested USD and approved USD, under TOTAL, ALIGNED when aligned, its
 * priority (or NONE), and each of its measures and SDGs. A batch adds each changed proposal's figures as they are
 * now and takes away its figures as they were.
 */
final class AlignmentFigures {

    static final String TOTAL = "TOTAL";
    static final String ALIGNED = "ALIGNED";
    static final String MEASURE = "MEASURE";
    static final String PRIORITY = "PRIORITY";
    static final String SDG = "SDG";

    /** The columns of an alignment_proposal row and its measures and SDGs that the report reads. */
    record Proposal(String priority, String accountId, BigDecimal requestedAmount, String requestedCurrency,
                    Timestamp submittedAt, Timestamp approvedAt, BigDecimal approvedUsd,
                    Collection<?> measures, Collection<?> sdgs) {

        boolean aligned(Map<String, Set<String>> accountPriorities) {
            if (priority == null) {
                return false;
            }
            return accountId != null ? accountPriorities.getOrDefault(accountId, Set.of()).contains(priority)
                    : !measures.isEmpty();
        }
    }

    private record Key(int year, String basis, String grouping, String groupKey) {
    }

    private final Map<Key, Object[]> deltas = new HashMap<>();

    void add(Proposal proposal, Map<String, Set<String>> accountPriorities, int sign) {
        count(proposal, AlignmentReportQuery.Basis.SUBMITTED, proposal.submittedAt(), accountPriorities, sign);
        count(proposal, AlignmentReportQuery.Basis.APPROVED, proposal.approvedAt(), accountPriorities, sign);
    }

    private void count(Proposal p, AlignmentReportQuery.Basis basis, Timestamp date,
                       Map<String, Set<String>> accountPriorities, int sign) {
        if (date == null) {
            return;
        }
        int year = date.toInstant().atZone(ZoneOffset.UTC).getYear();
        BigDecimal requested = "USD".equals(p.requestedCurrency() == null ? null : p.requestedCurrency().trim())
                && p.requestedAmount() != null ? p.requestedAmount() : BigDecimal.ZERO;
        BigDecimal approved = p.approvedUsd() == null ? BigDecimal.ZERO : p.approvedUsd();
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(year, basis.name(), TOTAL, ""));
        if (p.aligned(accountPriorities)) {
            keys.add(new Key(year, basis.name(), ALIGNED, ""));
        }
        keys.add(new Key(year, basis.name(), PRIORITY, p.priority() == null ? "NONE" : p.priority()));
        p.measures().stream().distinct().forEach(m -> keys.add(new Key(year, basis.name(), MEASURE, m.toString())));
        p.sdgs().stream().distinct().forEach(s -> keys.add(new Key(year, basis.name(), SDG, s.toString())));
        for (Key key : keys) {
            Object[] sums = deltas.computeIfAbsent(key, k -> new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = (Long) sums[0] + sign;
            sums[1] = ((BigDecimal) sums[1]).add(sign > 0 ? requested : requested.negate());
            sums[2] = ((BigDecimal) sums[2]).add(sign > 0 ? approved : approved.negate());
        }
    }

    void flush(JdbcTemplate jdbc) {
        List<Object[]> args = new ArrayList<>();
        deltas.forEach((key, sums) -> {
            if ((Long) sums[0] != 0 || ((BigDecimal) sums[1]).signum() != 0 || ((BigDecimal) sums[2]).signum() != 0) {
                args.add(new Object[] {key.year(), key.basis(), key.grouping(), key.groupKey(), sums[0], sums[1],
                        sums[2]});
            }
        });
        if (!args.isEmpty()) {
            BatchStatements.update(jdbc, """
                    INSERT INTO alignment_figure (year, basis, grouping, group_key, n, requested, approved)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (year, basis, grouping, group_key) DO UPDATE SET n = alignment_figure.n + EXCLUDED.n,
                        requested = alignment_figure.requested + EXCLUDED.requested,
                        approved = alignment_figure.approved + EXCLUDED.approved""", args);
            // a group a proposal left holds nothing: it goes, as if never counted (a replay in larger batches
            // never writes it)
            BatchStatements.update(jdbc, "DELETE FROM alignment_figure WHERE year = ? AND basis = ? AND grouping = ?"
                    + " AND group_key = ? AND n = 0", args.stream().map(a -> new Object[] {a[0], a[1], a[2], a[3]})
                    .toList());
        }
        deltas.clear();
    }
}
