package org.cooperaflow.projections.idempotency;

/**
 * An idempotency key as its first request claimed it (method, path and the hash of its body), with that request's
 * response once given: {@code responseStatus} is null while the request runs.
 */
public record ClaimedKey(String method, String path, String requestHash, Integer responseStatus,
                         String responseContentType, String responseLocation, byte[] responseBody) {
}
