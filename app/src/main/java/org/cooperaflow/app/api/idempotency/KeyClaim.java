package org.cooperaflow.app.api.idempotency;

/** What claiming an idempotency key found. */
sealed interface KeyClaim {

    /** The key is new: this request runs, and its response will be stored. */
    record Claimed() implements KeyClaim {
    }

    /** The same request with this key is still running. */
    record InProgress() implements KeyClaim {
    }

    /** The key was used for another request (method, path or body differ). */
    record UsedForAnotherRequest(String method, String path) implements KeyClaim {
    }

    /** The same request with this key was answered; this is the answer. */
    record Answered(StoredResponse response) implements KeyClaim {
    }
}
