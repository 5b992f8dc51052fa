package org.cooperaflow.projections.requests;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Lists cooperation requests (needs) from the request index, filtered by stage and state, paged. */
@Service
public class NeedListQuery {

    /**
     * Which needs to list. {@code stage}: null for any; {@code restrictToState}: only this state's, or null for
     * every state; {@code visibleDraftState}: drafts are listed only for this state (null: no drafts).
     */
    public record Filter(String stage, String restrictToState, String visibleDraftState) {
    }

    /** A need in the list. */
    public record NeedSummary(String id, String memberState, String title, String priority, String stage) {
    }

    /** One page of the list. */
    public record Page(List<NeedSummary> items, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;

    public NeedListQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE (stage <> 'DRAFT' OR member_state = ?)");
        List<Object> args = new ArrayList<>();
        args.add(filter.visibleDraftState());
        if (filter.stage() != null) {
            where.append(" AND stage = ?");
            args.add(filter.stage());
        }
        if (filter.restrictToState() != null) {
            where.append(" AND member_state = ?");
            args.add(filter.restrictToState());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM cooperation_request_index" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<NeedSummary> items = jdbc.query("SELECT request_id, member_state, title, priority, stage"
                        + " FROM cooperation_request_index" + where + " ORDER BY member_state, title, request_id"
                        + " LIMIT ? OFFSET ?",
                (rs, row) -> new NeedSummary(rs.getString("request_id"), rs.getString("member_state"),
                        rs.getString("title"), rs.getString("priority"), rs.getString("stage")),
                pageArgs.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }
}
