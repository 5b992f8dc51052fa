package org.cooperaflow.projections.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table of idempotency keys, one row per user and key. Each statement commits on its own (no transaction is open
 * in a servlet filter), so a claim is visible to a concurrent repeat before the request's command runs: the primary
 * key (user, key) lets only one of two simultaneous requests claim it.
 */
@Repository
public class IdempotencyKeyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the user's key if it was claimed before {@code before}, whether answered or not. */
    public void forgetClaimedBefore(String user, String key, Instant before) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND created_at < ?",
                user, key, Timestamp.from(before));
    }

    /** Claims the user's key for this request; false when it is claimed already. */
    public boolean claim(String user, String key, String method, String path, String requestHash, Instant at) {
        return jdbc.update("""
                INSERT INTO idempotency_key (username, idempotency_key, method, path, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (username, idempotency_key) DO NOTHING""",
                user, key, method, path, requestHash, Timestamp.from(at)) == 1;
    }

    /** The user's key as claimed, if it is. */
    public Optional<ClaimedKey> find(String user, String key) {
        return jdbc.query("""
                SELECT method, path, request_hash, response_status, response_content_type, response_location,
                       response_body
                FROM idempotency_key WHERE username = ? AND idempotency_key = ?""",
                (rs, i) -> {
                    Integer status = rs.getObject("response_status", Integer.class);
                    return new ClaimedKey(rs.getString("method"), rs.getString("path"), rs.getString("request_hash"),
                            status, rs.getString("response_content_type"),
                            rs.getString("response_location"), rs.getBytes("response_body"));
                }, user, key).stream().findFirst();
    }

    /** Records the response given to the key's request. */
    public void answer(String user, String key, int status, String contentType, String location, byte[] body,
                       Instant at) {
        jdbc.update("""
                UPDATE idempotency_key SET response_status = ?, response_content_type = ?, response_location = ?,
                    response_body = ?, completed_at = ?
                WHERE username = ? AND idempotency_key = ?""",
                status, contentType, location, body, Timestamp.from(at), user, key);
    }

    /** Forgets the user's key while its request has no response recorded. */
    public void releaseUnanswered(String user, String key) {
        jdbc.update("DELETE FROM idempotency_key WHERE username = ? AND idempotency_key = ? AND response_status IS NULL",
                user, key);
    }
}
