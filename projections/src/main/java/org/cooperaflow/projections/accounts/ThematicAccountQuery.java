package org.cooperaflow.projections.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the list of thematic accounts (eventually consistent with the event store). */
@Service
public class ThematicAccountQuery {

    private final JdbcTemplate jdbc;

    public ThematicAccountQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the accounts. */
    public record Page(List<ThematicAccountView> items, int page, int size, long total) {
    }

    /** The accounts by name, a page at a time. */
    public Page page(int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM thematic_account", Long.class);
        List<ThematicAccountView> items = jdbc.query("SELECT * FROM thematic_account ORDER BY name, account_id"
                + " LIMIT ? OFFSET ?", ThematicAccountQuery::row, size, (long) page * size);
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static ThematicAccountView row(ResultSet rs, int i) throws SQLException {
        String priorities = rs.getString("priorities");
        return new ThematicAccountView(rs.getString("account_id"), rs.getString("name"),
                priorities.isEmpty() ? List.of()
                        : Arrays.stream(priorities.split(",")).map(CidiPriority::valueOf).toList(),
                new Money(rs.getBigDecimal("ceiling_amount"), rs.getString("ceiling_currency")),
                rs.getTimestamp("opened_at").toInstant());
    }
}
