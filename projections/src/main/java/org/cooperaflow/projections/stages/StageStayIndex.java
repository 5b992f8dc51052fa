package org.cooperaflow.projections.stages;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the submitted proposals' stays, for the stage dashboard's default view (now, no filter):
 * per stage, the entry times of the stays going on and the lengths of the stays that ended, each a sorted array
 * (ADR 0018). Before each use it asks PostgreSQL for the stage projection's last change (an index seek) and reads
 * only the stays changed since ({@code stage_stay.changed_in}); after a reset of the projection
 * ({@code stage_generation}) it reads them all again. Counts, medians, 90th percentiles and overdue counts are then
 * array lookups and binary searches, whatever the number of proposals.
 *
 * <p>Change numbers grow with each batch the projection writes, and its batches commit one after another (one
 * segment, one writer), so the last committed number is a watermark below which nothing is still to come.
 */
@Component
public class StageStayIndex {

    private static final String STAYS_CHANGED = "SELECT stage, entered_at, left_at, opened_in FROM stage_stay"
            + " WHERE stage <> 'DRAFT' AND changed_in > ? AND changed_in <= ?";

    private final JdbcTemplate jdbc;
    private final Map<ProposalStage, SortedLongs> ongoingEntries = new EnumMap<>(ProposalStage.class);
    private final Map<ProposalStage, SortedLongs> completedLengths = new EnumMap<>(ProposalStage.class);
    private long generation = -1;
    private long change = -1;

    public StageStayIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of every stage but DRAFT at {@code at} (at or after the last change), up to date first. */
    public synchronized Map<ProposalStage, Figures> figures(Instant at, Map<ProposalStage, Duration> deadlines) {
        refresh();
        long atMicros = micros(at.truncatedTo(ChronoUnit.MICROS));
        Map<ProposalStage, Figures> figures = new EnumMap<>(ProposalStage.class);
        for (ProposalStage stage : ProposalStage.values()) {
            if (stage == ProposalStage.DRAFT) {
                continue;
            }
            SortedLongs entries = ongoing(stage);
            SortedLongs lengths = completed(stage);
            Duration deadline = deadlines.get(stage);
            Long overdue = deadline == null ? null
                    : (long) entries.countBelow(micros(at.minus(deadline).truncatedTo(ChronoUnit.MICROS)));
            figures.put(stage, new Figures(entries.size(),
                    stays(entries.size(), i -> (atMicros - entries.get(entries.size() - 1 - i)) / 1e6),
                    stays(lengths.size(), i -> lengths.get(i) / 1e6), overdue));
        }
        return figures;
    }

    private void refresh() {
        long[] watermark = jdbc.queryForObject("SELECT (SELECT generation FROM stage_generation),"
                + " (SELECT COALESCE(MAX(changed_in), 0) FROM stage_stay)", (rs, i) -> new long[] {rs.getLong(1),
                rs.getLong(2)});
        if (watermark[0] != generation || watermark[1] < change) {
            ongoingEntries.clear();
            completedLengths.clear();
            read(-1, watermark[1]);
        } else if (watermark[1] > change) {
            read(change, watermark[1]);
        }
        generation = watermark[0];
        change = watermark[1];
    }

    /**
     * Reads the stays changed after change {@code since} up to {@code upTo} and files them (all of them when
     * {@code since} is -1). A stay that began at or before {@code since} was filed as going on then, so if it has
     * ended since, it moves from going on to ended.
     */
    private void read(long since, long upTo) {
        Map<ProposalStage, List<Long>> begun = new EnumMap<>(ProposalStage.class);
        Map<ProposalStage, List<Long>> ended = new EnumMap<>(ProposalStage.class);
        Map<ProposalStage, List<Long>> endedSince = new EnumMap<>(ProposalStage.class);
        jdbc.query(STAYS_CHANGED, rs -> {
            ProposalStage stage = ProposalStage.valueOf(rs.getString("stage"));
            long entered = micros(rs.getTimestamp("entered_at"));
            Timestamp left = rs.getTimestamp("left_at");
            boolean filedBefore = rs.getLong("opened_in") <= since;
            if (left == null) {
                if (!filedBefore) {
                    begun.computeIfAbsent(stage, s -> new ArrayList<>()).add(entered);
                }
                return;
            }
            ended.computeIfAbsent(stage, s -> new ArrayList<>()).add(micros(left) - entered);
            if (filedBefore) {
                endedSince.computeIfAbsent(stage, s -> new ArrayList<>()).add(entered);
            }
        }, since, upTo);
        endedSince.forEach((stage, values) -> ongoing(stage).removeAll(array(values)));
        begun.forEach((stage, values) -> ongoing(stage).addAll(array(values)));
        ended.forEach((stage, values) -> completed(stage).addAll(array(values)));
    }

    private SortedLongs ongoing(ProposalStage stage) {
        return ongoingEntries.computeIfAbsent(stage, s -> new SortedLongs());
    }

    private SortedLongs completed(ProposalStage stage) {
        return completedLengths.computeIfAbsent(stage, s -> new SortedLongs());
    }

    /** Count, median and 90th percentile ({@code percentile_cont}: linear interpolation) of n ascending seconds. */
    private static StageDashboard.Stays stays(int n, java.util.function.IntToDoubleFunction ascending) {
        if (n == 0) {
            return new StageDashboard.Stays(0, null, null);
        }
        return new StageDashboard.Stays(n, StageDashboardQuery.days(percentile(0.5, n, ascending)),
                StageDashboardQuery.days(percentile(0.9, n, ascending)));
    }

    static double percentile(double fraction, int n, java.util.function.IntToDoubleFunction ascending) {
        double position = fraction * (n - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double first = ascending.applyAsDouble(lower);
        if (upper == lower) {
            return first;
        }
        double second = ascending.applyAsDouble(upper);
        return first + (second - first) * (position - lower);
    }

    private static long[] array(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static long micros(Timestamp timestamp) {
        return micros(timestamp.toInstant());
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** One stage's figures: proposals in it, stays going on and ended, and how many are overdue (null: no deadline). */
    public record Figures(long count, StageDashboard.Stays current, StageDashboard.Stays completed, Long overdue) {
    }
}
