package org.cooperaflow.projections.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.batch.SharedValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the published needs, filtered and paged, newest publication first. */
@Service
public class NeedsCatalogQuery {

    /** One page of needs. */
    public record Page(List<CatalogNeed> items, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;

    public NeedsCatalogQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stages in the catalog, as SQL literals (enum names, no quoting needed). */
    private static final String CATALOG_STAGES = CooperationRequestStage.catalogStages().stream()
            .map(stage -> "'" + stage.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    /** The columns of a need with its goals and the proposals that address it, as {@link #row} reads them. */
    private static final String SELECT = """
            SELECT n.*,
              ARRAY(SELECT sdg FROM catalog_need_sdg g WHERE g.request_id = n.request_id ORDER BY sdg) AS sdgs,
              ARRAY(SELECT proposal_id FROM catalog_need_proposal p WHERE p.request_id = n.request_id
                    ORDER BY proposal_id) AS proposals
            FROM catalog_need n""";

    public Page find(String memberState, Integer sdg, String priority, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE n.stage IN (" + CATALOG_STAGES + ")");
        List<Object> args = new ArrayList<>();
        if (memberState != null) {
            where.append(" AND n.member_state = ?");
            args.add(memberState);
        }
        if (priority != null) {
            where.append(" AND n.priority = ?");
            args.add(priority);
        }
        if (sdg != null) {
            where.append(" AND EXISTS (SELECT 1 FROM catalog_need_sdg g WHERE g.request_id = n.request_id AND g.sdg = ?)");
            args.add(sdg);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM catalog_need n" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<CatalogNeed> items = jdbc.query(SELECT + where + " ORDER BY n.published_at DESC, n.request_id LIMIT ? OFFSET ?",
                NeedsCatalogQuery::row, pageArgs.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    /**
     * The open needs (published, not yet addressed) of this priority or sharing one of these SDGs, of any state but
     * {@code exceptState}, newest first, at most {@code limit}: the candidates an offer is matched with.
     */
    public List<CatalogNeed> openSharing(String priority, Collection<Integer> sdgs, String exceptState, int limit) {
        List<Object> args = new ArrayList<>(List.of(CooperationRequestStage.PUBLISHED.name(),
                exceptState == null ? "" : exceptState, priority == null ? "" : priority));
        args.addAll(sdgs);
        args.add(limit);
        return jdbc.query(SELECT + " WHERE n.stage = ? AND n.member_state <> ? AND (n.priority = ? OR "
                + SharedValues.exists("catalog_need_sdg g", "g.request_id = n.request_id", "g.sdg", sdgs.size())
                + ") ORDER BY n.published_at DESC, n.request_id LIMIT ?", NeedsCatalogQuery::row, args.toArray());
    }

    private static CatalogNeed row(ResultSet rs, int i) throws SQLException {
        List<Integer> sdgs = new ArrayList<>();
        for (Object o : (Object[]) rs.getArray("sdgs").getArray()) {
            sdgs.add(((Number) o).intValue());
        }
        Array proposals = rs.getArray("proposals");
        String currency = rs.getString("budget_currency");
        return new CatalogNeed(rs.getString("request_id"), rs.getString("member_state"), rs.getString("title"),
                rs.getString("description"), rs.getString("priority"), sdgs, rs.getString("national_plan_reference"),
                rs.getString("modality"),
                currency == null ? null : new Money(rs.getBigDecimal("budget_amount"), currency.trim()),
                rs.getString("stage"), rs.getTimestamp("published_at") == null ? null
                        : rs.getTimestamp("published_at").toInstant(),
                Arrays.stream((Object[]) proposals.getArray()).map(String::valueOf).toList());
    }
}
