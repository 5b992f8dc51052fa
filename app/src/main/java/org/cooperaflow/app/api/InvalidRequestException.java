package org.cooperaflow.app.api;

/** A request value that is well-formed but unacceptable, named by its field (400). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
