package org.cooperaflow.workflows.tasks;

import java.util.Map;

/** A completion whose outcome or data does not fit the task (400): each bad field with what is wrong. */
public class InvalidTaskCompletionException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidTaskCompletionException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
