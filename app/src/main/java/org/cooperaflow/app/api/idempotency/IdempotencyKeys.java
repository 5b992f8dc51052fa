package org.cooperaflow.app.api.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table of idempotency keys. Each statement commits on its own (no transaction is open in a
 * servlet filter), so a claim is visible to a concurrent repeat before the request's command runs:
 * the primary key (user, key) lets only one of two simultaneous requests claim it.
 */
@Repository
class IdempotencyKeys {

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    IdempotencyKeys(JdbcTemplate jdbc, @Value("${cooperaflow.idempotency.retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    KeyClaim claim(String user, String key, String method, String path, String requestHash) {
        Instant now = clock.instant();
        // a key older than the retention is forgotten: it may be used again for a new request
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND created_at < ?",
                user, key, Timestamp.from(now.minus(retention)));
        int inserted = jdbc.update("""
                INSERT INTO idempotency_key (username, idempotency_key, method, path, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (username, idempotency_key) DO NOTHING""",
                user, key, method, path, requestHash, Timestamp.from(now));
        if (inserted == 1) {
            return new KeyClaim.Claimed();
        }
        List<KeyClaim> found = jdbc.query("""
                SELECT method, path, request_hash, response_status, response_content_type, response_location,
                       response_body
                FROM idempotency_key WHERE username = ? AND idempotency_key = ?""",
                (rs, i) -> {
                    if (!rs.getString("method").equals(method) || !rs.getString("path").equals(path)
                            || !rs.getString("request_hash").equals(requestHash)) {
                        return new KeyClaim.UsedForAnotherRequest(rs.getString("method"), rs.getString("path"));
                    }
                    int status = rs.getInt("response_status");
                    if (rs.wasNull()) {
                        return new KeyClaim.InProgress();
                    }
                    return new KeyClaim.Answered(new StoredResponse(status, rs.getString("response_content_type"),
                            rs.getString("response_location"), rs.getBytes("response_body")));
                }, user, key);
        // released by a failed first request between our insert and select: it is as good as in progress
        return found.isEmpty() ? new KeyClaim.InProgress() : found.get(0);
    }

    void answer(String user, String key, StoredResponse response) {
        jdbc.update("""
                UPDATE idempotency_key SET response_status = ?, response_content_type = ?, response_location = ?,
                    response_body = ?, completed_at = ?
                WHERE username = ? AND idempotency_key = ?""",
                response.status(), response.contentType(), response.location(), response.body(),
                Timestamp.from(clock.instant()), user, key);
    }

    /** Forgets a claim whose request changed nothing, so the client may correct it and retry with the key. */
    void release(String user, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND response_status IS NULL",
                user, key);
    }
}
