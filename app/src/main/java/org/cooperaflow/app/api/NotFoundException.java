package org.cooperaflow.app.api;

/** The resource does not exist, or the user may not know it does (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
