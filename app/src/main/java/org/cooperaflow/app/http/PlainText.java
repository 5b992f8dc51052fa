package org.cooperaflow.app.http;

import java.util.Optional;

/**
 * What text the doors (the API's JSON, the pages' forms) take: no control characters (U+0000 to U+001F but tab, line
 * feed and carriage return, and U+007F) and no half of a UTF-16 surrogate pair ({@code "\ud800"} alone). PostgreSQL
 * cannot store U+0000 in text, and a lone surrogate cannot be written as UTF-8 (it would be stored as "?"); neither
 * belongs in a title, a comment or a name.
 */
public final class PlainText {

    /** Why a text is refused. */
    public enum Problem {
        CONTROL_CHARACTER("must not contain control characters (such as U+0000)"),
        LONE_SURROGATE("must be valid Unicode text (it has half of a surrogate pair, such as \\ud800 alone)");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        /** In English, for the API's problem responses; the pages say it in the reader's language. */
        public String message() {
            return message;
        }
    }

    private PlainText() {
    }

    /** Why the text may not be taken, or empty when it may. */
    public static Optional<Problem> problem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return Optional.of(Problem.CONTROL_CHARACTER);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(Problem.LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
