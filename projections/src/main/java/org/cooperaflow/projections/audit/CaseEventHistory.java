package org.cooperaflow.projections.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads one case's (aggregate's) events straight from the event store, with their chain hashes, each checked
 * against the row as it is stored now (ADR 0008): an entry changed after it was chained is marked.
 */
@Service
public class CaseEventHistory {

    private final JdbcTemplate jdbc;

    public CaseEventHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseEvent> events(String caseId) {
        return jdbc.query("""
                SELECT e.globalIndex, e.eventIdentifier, e.aggregateIdentifier, e.sequenceNumber, e.type, e.timeStamp,
                       e.payloadType, e.payloadRevision, e.payload AS payload_bytes, e.metaData,
                       convert_from(e.payload, 'UTF8') AS payload, m.meta ->> 'actor' AS actor,
                       m.meta ->> 'actorRoles' AS actor_roles, m.meta ->> 'reason' AS reason,
                       m.meta ->> 'taskId' AS task_id, m.meta ->> 'processInstanceId' AS process_instance_id,
                       c.previous_hash, c.hash
                FROM domainevententry e
                CROSS JOIN LATERAL (SELECT CASE WHEN e.metaData IS NULL THEN NULL
                                                ELSE convert_from(e.metaData, 'UTF8')::jsonb END AS meta) m
                LEFT JOIN audit_chain c ON c.global_index = e.globalIndex
                WHERE e.aggregateIdentifier = ?
                ORDER BY e.sequenceNumber""", (rs, i) -> {
            String type = rs.getString("payloadType");
            String hash = rs.getString("hash");
            Boolean hashMatches = hash == null ? null : EventHashChain.hash(new StoredEvent(rs.getLong("globalIndex"),
                    rs.getString("eventIdentifier"), rs.getString("aggregateIdentifier"), rs.getLong("sequenceNumber"),
                    rs.getString("type"), rs.getString("timeStamp"), type, rs.getString("payloadRevision"),
                    rs.getBytes("payload_bytes"), rs.getBytes("metaData")), rs.getString("previous_hash")).equals(hash);
            return new CaseEvent(rs.getLong("globalIndex"), rs.getLong("sequenceNumber"),
                    Instant.parse(rs.getString("timeStamp")), type.substring(type.lastIndexOf('.') + 1),
                    rs.getString("actor"), rs.getString("actor_roles"), rs.getString("reason"), rs.getString("task_id"),
                    rs.getString("process_instance_id"), rs.getString("payload"), hash, hashMatches);
        }, caseId);
    }
}
