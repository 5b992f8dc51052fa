package org.cooperaflow.app.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cases an auditor can open, newest first, straight from the event store: each aggregate's first event names its
 * kind, when it started and what it is called. Paged by the global index, so a page costs the same however long the
 * store is; no total is counted, a page only knows whether another follows.
 */
@Component
public class AuditedCases {

    /** A case: its id, its kind (the aggregate type, such as {@code ProjectProposal}), its name, when it started. */
    public record AuditedCase(String caseId, String kind, String title, Instant startedAt) {
    }

    /** One page of cases, and whether a next one exists. */
    public record Page(List<AuditedCase> items, int page, boolean hasNext) {
    }

    /** The kinds of case the store holds, as its aggregate types. */
    public static final List<String> KINDS = List.of("ProjectProposal", "CooperationRequest", "FundContribution",
            "ThematicAccount");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public AuditedCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest cases of the kind (null: every kind), {@code size} a page. */
    public Page recent(String kind, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = "e.sequenceNumber = 0";
        if (kind != null) {
            where += " AND e.type = ?";
            args.add(kind);
        }
        args.add(size + 1);
        args.add((long) page * size);
        List<AuditedCase> found = jdbc.query("SELECT e.aggregateIdentifier, e.type, e.timeStamp,"
                        + " convert_from(e.payload, 'UTF8') AS payload FROM domainevententry e WHERE " + where
                        + " ORDER BY e.globalIndex DESC LIMIT ? OFFSET ?",
                (rs, i) -> new AuditedCase(rs.getString(1), rs.getString(2), titleOf(rs.getString(4)),
                        Instant.parse(rs.getString(3))), args.toArray());
        boolean hasNext = found.size() > size;
        return new Page(hasNext ? found.subList(0, size) : found, page, hasNext);
    }

    /** The case with this id, if the store has it. */
    public java.util.Optional<AuditedCase> find(String caseId) {
        return jdbc.query("SELECT e.aggregateIdentifier, e.type, e.timeStamp, convert_from(e.payload, 'UTF8')"
                        + " FROM domainevententry e WHERE e.aggregateIdentifier = ? AND e.sequenceNumber = 0",
                (rs, i) -> new AuditedCase(rs.getString(1), rs.getString(2), titleOf(rs.getString(4)),
                        Instant.parse(rs.getString(3))), caseId).stream().findFirst();
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
