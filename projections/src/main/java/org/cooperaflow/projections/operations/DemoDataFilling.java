package org.cooperaflow.projections.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one row of {@code demo_data}: whether the demo agency was filled into this database, and when. Its key admits
 * one row, so of two nodes starting on an empty database only one begins the filling.
 */
@Repository
public class DemoDataFilling {

    /** A filling that began, and when it completed (null if it did not). */
    public record Filling(Instant startedAt, Instant completedAt) {
    }

    private final JdbcTemplate jdbc;

    public DemoDataFilling(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Filling> earlier() {
        List<Filling> rows = jdbc.query("SELECT started_at, completed_at FROM demo_data",
                (rs, i) -> new Filling(rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("completed_at"))));
        return rows.stream().findFirst();
    }

    /** Marks the filling begun; false when another node (or an earlier start) began it first. */
    public boolean begin() {
        return jdbc.update("INSERT INTO demo_data (id, started_at) VALUES (1, now()) ON CONFLICT (id) DO NOTHING") > 0;
    }

    public void complete(String summary) {
        jdbc.update("UPDATE demo_data SET completed_at = now(), summary = ? WHERE id = 1", summary);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
