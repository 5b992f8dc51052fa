package org.cooperaflow.projections.operations;

import java.time.Duration;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code projection_reset}: one row per read model a node is resetting (ADR 0023). Every node reads it to
 * stop its own processor of that name while the row exists; the primary key lets only one node reset a read model at
 * a time. Each statement commits on its own, so the other nodes see a mark at their next look.
 */
@Repository
public class ProjectionResetMarks {

    private final JdbcTemplate jdbc;

    public ProjectionResetMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the processor as being reset; false when a reset of it is already under way. */
    public boolean mark(String processorName, String requestedBy) {
        return jdbc.update("INSERT INTO projection_reset (processor_name, requested_by, requested_at) "
                + "VALUES (?, ?, now()) ON CONFLICT (processor_name) DO NOTHING", processorName, requestedBy) == 1;
    }

    /** The reset is over: the other nodes may start their processor again. */
    public void clear(String processorName) {
        jdbc.update("DELETE FROM projection_reset WHERE processor_name = ?", processorName);
    }

    /** Forgets the marks older than {@code age}, by the database's clock: their node stopped in the middle. */
    public void clearOlderThan(Duration age) {
        jdbc.update("DELETE FROM projection_reset WHERE requested_at < now() - make_interval(secs => ?)",
                (double) age.toSeconds());
    }

    /** The processors being reset now, by any node. */
    public Set<String> underWay() {
        return Set.copyOf(jdbc.queryForList("SELECT processor_name FROM projection_reset", String.class));
    }
}
