package org.cooperaflow.projections.alignment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.projections.stages.StageDashboardQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The alignment report of a year (UTC): read from the figures the alignment read model keeps per year
 * ({@code alignment_figure}, a few hundred rows whatever the number of proposals), or recomputed from the
 * proposals' rows, which the figures must equal ({@code ProjectionReplayIT} compares them).
 */
@Service
public class AlignmentReportQuery {

    /** Which date puts a proposal in a year. */
    public enum Basis { SUBMITTED, APPROVED }

    private static final String FIGURES = """
            count(DISTINCT p.proposal_id) AS n,
            COALESCE(SUM(CASE WHEN p.requested_currency = 'USD' THEN p.requested_amount END), 0) AS requested,
            COALESCE(SUM(p.approved_usd), 0) AS approved""";

    private static final String ALIGNED = """
            (p.priority IS NOT NULL AND (
               (p.account_id IS NOT NULL AND EXISTS (SELECT 1 FROM alignment_account_priority ap
                    WHERE ap.account_id = p.account_id AND ap.priority = p.priority))
               OR (p.account_id IS NULL AND EXISTS (SELECT 1 FROM alignment_proposal_measure am
                    WHERE am.proposal_id = p.proposal_id))))""";

    private final JdbcTemplate jdbc;

    public AlignmentReportQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AlignmentReport compute(int year, Basis basis) {
        Map<String, List<AlignmentReport.Group>> groups = new HashMap<>();
        jdbc.query("""
                SELECT grouping, group_key, n, requested, approved FROM alignment_figure
                WHERE year = ? AND basis = ? AND n > 0
                ORDER BY grouping, CASE WHEN grouping = 'SDG' THEN lpad(group_key, 8, '0') ELSE group_key END""",
                rs -> {
                    groups.computeIfAbsent(rs.getString("grouping"), g -> new ArrayList<>())
                            .add(new AlignmentReport.Group(rs.getString("group_key"), figures(rs)));
                }, year, basis.name());
        AlignmentReport.Figures none = new AlignmentReport.Figures(0, "0.00", "0.00");
        AlignmentReport.Figures total = groups.getOrDefault(AlignmentFigures.TOTAL, List.of()).stream().findFirst()
                .map(AlignmentReport.Group::figures).orElse(none);
        AlignmentReport.Figures aligned = groups.getOrDefault(AlignmentFigures.ALIGNED, List.of()).stream()
                .findFirst().map(AlignmentReport.Group::figures).orElse(none);
        return new AlignmentReport(year, basis.name(), total, aligned,
                StageDashboardQuery.share(aligned.proposals(), total.proposals()),
                groups.getOrDefault(AlignmentFigures.MEASURE, List.of()),
                groups.getOrDefault(AlignmentFigures.PRIORITY, List.of()),
                groups.getOrDefault(AlignmentFigures.SDG, List.of()), needsAddressedThroughOffers(year));
    }

    /** The report computed from the proposals' rows, as the figures were before they were kept. */
    public AlignmentReport recompute(int year, Basis basis) {
        String column = basis == Basis.APPROVED ? "approved_at" : "submitted_at";
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        String inYear = " p." + column + " >= ? AND p." + column + " < ?";
        AlignmentReport.Figures total = jdbc.queryForObject("SELECT " + FIGURES + " FROM alignment_proposal p WHERE"
                + inYear, (rs, i) -> figures(rs), from, to);
        AlignmentReport.Figures aligned = jdbc.queryForObject("SELECT " + FIGURES + " FROM alignment_proposal p WHERE"
                + inYear + " AND " + ALIGNED, (rs, i) -> figures(rs), from, to);
        List<AlignmentReport.Group> byMeasure = groups("SELECT m.measure AS k, " + FIGURES
                + " FROM alignment_proposal p JOIN alignment_proposal_measure m ON m.proposal_id = p.proposal_id WHERE"
                + inYear + " GROUP BY m.measure ORDER BY m.measure", from, to);
        List<AlignmentReport.Group> byPriority = groups("SELECT COALESCE(p.priority, 'NONE') AS k, " + FIGURES
                + " FROM alignment_proposal p WHERE" + inYear + " GROUP BY 1 ORDER BY 1", from, to);
        List<AlignmentReport.Group> bySdg = groups("SELECT g.sdg::text AS k, " + FIGURES
                + " FROM alignment_proposal p JOIN alignment_proposal_sdg g ON g.proposal_id = p.proposal_id WHERE"
                + inYear + " GROUP BY g.sdg ORDER BY g.sdg", from, to);
        return new AlignmentReport(year, basis.name(), total, aligned,
                StageDashboardQuery.share(aligned.proposals(), total.proposals()), byMeasure, byPriority, bySdg,
                needsAddressedThroughOffers(year));
    }

    /** The needs that a proposal started from an offer's match addressed, by the year of its first approval. */
    private long needsAddressedThroughOffers(int year) {
        Long needs = jdbc.queryForObject("SELECT count(DISTINCT request_id) FROM offer_match_proposal"
                + " WHERE approved_at >= ? AND approved_at < ?", Long.class,
                Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return needs == null ? 0 : needs;
    }

    private List<AlignmentReport.Group> groups(String sql, Object... args) {
        List<AlignmentReport.Group> groups = new ArrayList<>();
        jdbc.query(sql, rs -> {
            groups.add(new AlignmentReport.Group(rs.getString("k"), figures(rs)));
        }, args);
        return groups;
    }

    private static AlignmentReport.Figures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AlignmentReport.Figures(rs.getLong("n"), rs.getBigDecimal("requested").setScale(2).toPlainString(),
                rs.getBigDecimal("approved").setScale(2).toPlainString());
    }
}
