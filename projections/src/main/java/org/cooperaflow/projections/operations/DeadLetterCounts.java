package org.cooperaflow.projections.operations;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts the letters in Axon's dead-letter queue ({@code deadletterentry}), per processing group, in one query. */
@Repository
public class DeadLetterCounts {

    private final JdbcTemplate jdbc;

    public DeadLetterCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The parked letters by processing group; a group with none is absent. */
    public Map<String, ParkedLetters> byProcessingGroup() {
        Map<String, ParkedLetters> read = new HashMap<>();
        jdbc.query("SELECT processingGroup, COUNT(DISTINCT sequenceIdentifier), COUNT(*) FROM deadletterentry "
                + "GROUP BY processingGroup", rs -> {
            read.put(rs.getString(1), new ParkedLetters(rs.getLong(2), rs.getLong(3)));
        });
        return read;
    }
}
