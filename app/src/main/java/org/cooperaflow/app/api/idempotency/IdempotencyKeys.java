package org.cooperaflow.app.api.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cooperaflow.projections.idempotency.ClaimedKey;
import org.cooperaflow.projections.idempotency.IdempotencyKeyStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Claims idempotency keys for requests and keeps their answers. Each step is a statement of its own in the store, so a
 * claim is visible to a concurrent repeat before the request's command runs: only one of two simultaneous requests
 * claims a key.
 */
@Component
class IdempotencyKeys {

    private final IdempotencyKeyStore store;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    IdempotencyKeys(IdempotencyKeyStore store, @Value("${cooperaflow.idempotency.retention:P1D}") Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    KeyClaim claim(String user, String key, String method, String path, String requestHash) {
        Instant now = clock.instant();
        // a key older than the retention is forgotten: it may be used again for a new request
        store.forgetClaimedBefore(user, key, now.minus(retention));
        if (store.claim(user, key, method, path, requestHash, now)) {
            return new KeyClaim.Claimed();
        }
        Optional<ClaimedKey> found = store.find(user, key);
        if (found.isEmpty()) {
            // released by a failed first request between our insert and select: it is as good as in progress
            return new KeyClaim.InProgress();
        }
        ClaimedKey claimed = found.get();
        if (!claimed.method().equals(method) || !claimed.path().equals(path)
                || !claimed.requestHash().equals(requestHash)) {
            return new KeyClaim.UsedForAnotherRequest(claimed.method(), claimed.path());
        }
        if (claimed.responseStatus() == null) {
            return new KeyClaim.InProgress();
        }
        return new KeyClaim.Answered(new StoredResponse(claimed.responseStatus(), claimed.responseContentType(),
                claimed.responseLocation(), claimed.responseBody()));
    }

    void answer(String user, String key, StoredResponse response) {
        store.answer(user, key, response.status(), response.contentType(), response.location(), response.body(),
                clock.instant());
    }

    /** Forgets a claim whose request changed nothing, so the client may correct it and retry with the key. */
    void release(String user, String key) {
        store.releaseUnanswered(user, key);
    }
}
