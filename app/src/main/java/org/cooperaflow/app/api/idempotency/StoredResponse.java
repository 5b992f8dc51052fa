package org.cooperaflow.app.api.idempotency;

/** The response given to the first request with an idempotency key, replayed to its repeats. */
record StoredResponse(int status, String contentType, String location, byte[] body) {
}
