package org.cooperaflow.projections.stages;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The proposals the stage dashboard counts overdue, one by one, longest waiting first: the same stays
 * ({@code stage_stay}), the same filters and the same deadlines as {@link StageDashboardQuery}'s overdue counts.
 * Titles come from the proposal list; a proposal the list has not caught up with yet has a null title.
 */
@Service
public class OverdueProposalsQuery {

    /** Some of the overdue proposals, and how many there are in all. */
    public record Page(List<OverdueProposal> items, long total) {
    }

    private final JdbcTemplate jdbc;

    public OverdueProposalsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} of the overdue proposals at {@code at}; a negative limit lists them all. */
    public Page find(StageDashboardFilter filter, Instant at, Map<ProposalStage, Duration> deadlines, int limit) {
        if (deadlines.isEmpty()) {
            return new Page(List.of(), 0);
        }
        Map<ProposalStage, Duration> sorted = new EnumMap<>(ProposalStage.class);
        sorted.putAll(deadlines);
        Timestamp atTime = Timestamp.from(at);
        List<Object> args = new ArrayList<>();
        args.add(atTime);
        args.add(atTime);
        StringBuilder late = new StringBuilder();
        for (Map.Entry<ProposalStage, Duration> deadline : sorted.entrySet()) {
            late.append(late.isEmpty() ? "" : " OR ").append("(s.stage = ? AND s.entered_at < ?)");
            args.add(deadline.getKey().name());
            args.add(Timestamp.from(at.minus(deadline.getValue())));
        }
        String where = " FROM stage_stay s JOIN stage_case c ON c.proposal_id = s.proposal_id"
                + " WHERE s.entered_at <= ? AND (s.left_at IS NULL OR s.left_at > ?) AND (" + late + ")"
                + " AND s.proposal_id IN (" + StageDashboardQuery.casesSql(filter, args) + ")";
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        String limitSql = "";
        if (limit >= 0) {
            limitSql = " LIMIT ?";
            pageArgs.add(limit);
        }
        List<OverdueProposal> items = jdbc.query("SELECT s.proposal_id, s.stage, s.entered_at, c.proposer_state,"
                + " (SELECT p.title FROM proposal_list p WHERE p.proposal_id = s.proposal_id) AS title" + where
                + " ORDER BY s.entered_at, s.proposal_id" + limitSql, (rs, i) -> {
                    String stage = rs.getString("stage");
                    return new OverdueProposal(rs.getString("proposal_id"), rs.getString("title"),
                            rs.getString("proposer_state"), stage, rs.getTimestamp("entered_at").toInstant(),
                            sorted.get(ProposalStage.valueOf(stage)).toString());
                }, pageArgs.toArray());
        return new Page(items, total == null ? 0 : total);
    }
}
