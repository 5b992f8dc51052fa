package org.cooperaflow.app.api;

/** A request names a case that does not exist, such as an {@code accountId} of no thematic account (422). */
public class UnknownReferenceException extends RuntimeException {

    private final String field;

    public UnknownReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
