package org.cooperaflow.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The cases of the event store, newest first: each aggregate's first event names its kind, when it started and what it
 * is called. Read by the global index, so a page costs the same however long the store is.
 */
@Service
public class AuditedCaseQuery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public AuditedCaseQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} cases of the kind (null: every kind), newest first, the first {@code offset} skipped. */
    public List<AuditedCase> newest(String kind, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = "e.sequenceNumber = 0";
        if (kind != null) {
            where += " AND e.type = ?";
            args.add(kind);
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT e.aggregateIdentifier, e.type, e.timeStamp,"
                        + " convert_from(e.payload, 'UTF8') AS payload FROM domainevententry e WHERE " + where
                        + " ORDER BY e.globalIndex DESC LIMIT ? OFFSET ?",
                (rs, i) -> auditedCase(rs), args.toArray());
    }

    /** The case with this id, if the store has it. */
    public Optional<AuditedCase> find(String caseId) {
        return jdbc.query("SELECT e.aggregateIdentifier, e.type, e.timeStamp, convert_from(e.payload, 'UTF8')"
                        + " FROM domainevententry e WHERE e.aggregateIdentifier = ? AND e.sequenceNumber = 0",
                (rs, i) -> auditedCase(rs), caseId).stream().findFirst();
    }

    private static AuditedCase auditedCase(ResultSet rs) throws SQLException {
        return new AuditedCase(rs.getString(1), rs.getString(2), titleOf(rs.getString(4)),
                Instant.parse(rs.getString(3)));
    }

    /** A proposal's or need's title, an account's name, a contributor's name or state; empty when none. */
    static String titleOf(String payload) {
        try {
            JsonNode event = JSON.readTree(payload);
            for (JsonNode candidate : List.of(event.path("details").path("title"), event.path("title"),
                    event.path("name"), event.path("contributor").path("name"),
                    event.path("contributor").path("memberState"), event.path("contributor").path("country"))) {
                if (candidate.isTextual() && !candidate.asText().isBlank()) {
                    return candidate.asText();
                }
            }
        } catch (JsonProcessingException e) {
            // a payload that is no longer JSON (changed after the fact) has no title to show
        }
        return "";
    }
}
