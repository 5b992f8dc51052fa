package org.cooperaflow.projections.stages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the stage dashboard in PostgreSQL. Only proposals that left the draft stage count
 * (a draft is its proposer's own business), and stays in DRAFT are left out. Stay lengths are
 * percentiles ({@code percentile_cont}, linear interpolation) of seconds, shown in days.
 */
@Service
public class StageDashboardQuery {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private static final java.util.Comparator<StageDashboard.Conversion> CONVERSION_ORDER = java.util.Comparator
            .comparing((StageDashboard.Conversion c) -> ProposalStage.valueOf(c.from()))
            .thenComparing(c -> ProposalStage.valueOf(c.to()));

    private final JdbcTemplate jdbc;
    private final StageStayIndex index;

    public StageDashboardQuery(JdbcTemplate jdbc, StageStayIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * The dashboard as it stood at {@code at}, or now when {@code at} is null. Now and without a filter it is read
     * from what the stage projection maintains ({@link StageStayIndex}, {@code stage_figure}), at a cost that does
     * not grow with the number of proposals; otherwise it is computed from the stays.
     */
    public StageDashboard compute(StageDashboardFilter filter, Instant at, Map<ProposalStage, Duration> deadlines) {
        if (at != null) {
            return computeFromStays(filter, at, deadlines);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!filter.equals(StageDashboardFilter.none())) {
            return computeFromStays(filter, now, deadlines);
        }
        Map<String, Long> entered = new HashMap<>();
        Map<List<String>, Long> converted = new HashMap<>();
        jdbc.query("SELECT kind, from_stage, to_stage, n FROM stage_figure", rs -> {
            if (StageFigures.ENTERED.equals(rs.getString("kind"))) {
                entered.put(rs.getString("from_stage"), rs.getLong("n"));
            } else {
                converted.put(List.of(rs.getString("from_stage"), rs.getString("to_stage")), rs.getLong("n"));
            }
        });
        return dashboard(now, index.figures(now, deadlines), deadlines, entered, converted);
    }

    /** The dashboard from each stage's figures, and the moves: entries per stage, later moves per (from, to). */
    private static StageDashboard dashboard(Instant at, Map<ProposalStage, StageStayIndex.Figures> figures,
                                            Map<ProposalStage, Duration> deadlines, Map<String, Long> entered,
                                            Map<List<String>, Long> converted) {
        List<StageDashboard.Conversion> conversions = new ArrayList<>();
        converted.forEach((move, n) -> {
            long base = entered.getOrDefault(move.get(0), 0L);
            conversions.add(new StageDashboard.Conversion(move.get(0), move.get(1), base, n, share(n, base)));
        });
        conversions.sort(CONVERSION_ORDER);
        List<StageDashboard.StageFigures> stages = new ArrayList<>();
        long total = 0;
        for (Map.Entry<ProposalStage, StageStayIndex.Figures> stage : figures.entrySet()) {
            StageStayIndex.Figures f = stage.getValue();
            Duration deadline = deadlines.get(stage.getKey());
            total += f.count();
            stages.add(new StageDashboard.StageFigures(stage.getKey().name(), f.count(), f.current(), f.completed(),
                    deadline == null ? null : deadline.toString(), f.overdue()));
        }
        return new StageDashboard(at, total, stages, conversions);
    }

    private StageDashboard computeFromStays(StageDashboardFilter filter, Instant at,
                                            Map<ProposalStage, Duration> deadlines) {
        Timestamp atTime = Timestamp.from(at);
        List<Object> args = new ArrayList<>();
        String cases = casesSql(filter, args);

        // everything as it stood at `at`: a stay counts from its entry, and is current until it ends
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT stage, count(*) AS n FROM stage_stay s WHERE s.entered_at <= ?"
                + " AND (s.left_at IS NULL OR s.left_at > ?) AND s.proposal_id IN (" + cases + ") GROUP BY stage",
                rs -> {
                    counts.put(rs.getString("stage"), rs.getLong("n"));
                }, withAt(atTime, 2, args));

        Map<String, StageDashboard.Stays> current = new HashMap<>();
        Map<String, StageDashboard.Stays> completed = new HashMap<>();
        jdbc.query("""
                SELECT stage, ongoing, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                FROM (SELECT stage, (left_at IS NULL OR left_at > ?) AS ongoing,
                             extract(epoch FROM (CASE WHEN left_at IS NULL OR left_at > ? THEN ? ELSE left_at END
                                                 - entered_at))::float8 AS seconds
                      FROM stage_stay s
                      WHERE s.stage <> 'DRAFT' AND s.entered_at <= ? AND s.proposal_id IN (""" + cases + """
                )) stays
                GROUP BY stage, ongoing""", rs -> {
            StageDashboard.Stays stays = new StageDashboard.Stays(rs.getLong("n"), days(rs.getDouble("median")),
                    days(rs.getDouble("p90")));
            (rs.getBoolean("ongoing") ? current : completed).put(rs.getString("stage"), stays);
        }, withAt(atTime, 4, args));

        Map<String, Long> overdue = new HashMap<>();
        for (Map.Entry<ProposalStage, Duration> deadline : deadlines.entrySet()) {
            List<Object> overdueArgs = new ArrayList<>();
            overdueArgs.add(deadline.getKey().name());
            overdueArgs.add(Timestamp.from(at.minus(deadline.getValue())));
            overdueArgs.add(atTime);
            overdueArgs.addAll(args);
            Long n = jdbc.queryForObject("SELECT count(*) FROM stage_stay s WHERE s.stage = ? AND s.entered_at < ?"
                    + " AND (s.left_at IS NULL OR s.left_at > ?) AND s.proposal_id IN (" + cases + ")",
                    Long.class, overdueArgs.toArray());
            overdue.put(deadline.getKey().name(), n == null ? 0 : n);
        }

        Map<String, Long> entered = new HashMap<>();
        jdbc.query("SELECT stage, count(DISTINCT proposal_id) AS n FROM stage_stay s WHERE s.stage <> 'DRAFT'"
                + " AND s.entered_at <= ? AND s.proposal_id IN (" + cases + ") GROUP BY stage", rs -> {
                    entered.put(rs.getString("stage"), rs.getLong("n"));
                }, withAt(atTime, 1, args));
        Map<List<String>, Long> converted = new HashMap<>();
        jdbc.query("""
                SELECT a.stage AS from_stage, b.stage AS to_stage, count(DISTINCT a.proposal_id) AS n
                FROM stage_stay a JOIN stage_stay b
                  ON b.proposal_id = a.proposal_id AND b.seq > a.seq AND b.stage <> a.stage AND b.entered_at <= ?
                WHERE a.stage <> 'DRAFT' AND a.proposal_id IN (""" + cases + """
                )
                GROUP BY a.stage, b.stage""", rs -> {
            converted.put(List.of(rs.getString("from_stage"), rs.getString("to_stage")), rs.getLong("n"));
        }, withAt(atTime, 1, args));

        Map<ProposalStage, StageStayIndex.Figures> figures = new EnumMap<>(ProposalStage.class);
        StageDashboard.Stays none = new StageDashboard.Stays(0, null, null);
        for (ProposalStage stage : ProposalStage.values()) {
            if (stage != ProposalStage.DRAFT) {
                figures.put(stage, new StageStayIndex.Figures(counts.getOrDefault(stage.name(), 0L),
                        current.getOrDefault(stage.name(), none), completed.getOrDefault(stage.name(), none),
                        deadlines.containsKey(stage) ? overdue.getOrDefault(stage.name(), 0L) : null));
            }
        }
        return dashboard(at, figures, deadlines, entered, converted);
    }

    /** The ids of the submitted proposals the filter selects, as a sub-select over {@code stage_case}. */
    static String casesSql(StageDashboardFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT f.proposal_id FROM stage_case f WHERE f.stage <> 'DRAFT'");
        if (filter.memberState() != null) {
            sql.append(" AND f.proposer_state = ?");
            args.add(filter.memberState());
        }
        if (filter.priority() != null) {
            sql.append(" AND f.priority = ?");
            args.add(filter.priority());
        }
        if (filter.accountId() != null) {
            sql.append(" AND f.account_id = ?");
            args.add(filter.accountId());
        }
        if (filter.measure() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM stage_case_measure m WHERE m.proposal_id = f.proposal_id"
                    + " AND m.measure = ?)");
            args.add(filter.measure());
        }
        if (filter.sdg() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM stage_case_sdg g WHERE g.proposal_id = f.proposal_id AND g.sdg = ?)");
            args.add(filter.sdg());
        }
        return sql.toString();
    }

    /** Seconds as days, half-even to 3 decimals. */
    public static BigDecimal days(double seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 3, RoundingMode.HALF_EVEN);
    }

    /** {@code part / whole}, half-even to 4 decimals. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    /** The query's arguments: {@code at} as many times as the query names it first, then the filter's. */
    private static Object[] withAt(Timestamp at, int times, List<Object> filterArgs) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(at);
        }
        all.addAll(filterArgs);
        return all.toArray();
    }
}
