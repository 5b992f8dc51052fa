package org.cooperaflow.workflows.tasks;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words for JSON a client got wrong, once for the API's bodies and for tasks' {@code data}: which field
 * (dotted names, {@code [i]} for list positions, map keys as names: {@code data.ratings.IMPACT}) and what is
 * wrong, in JSON's terms. Never a Java class, package or parser feature name.
 */
public final class JsonInputErrors {

    /** One wrong field, or the body as a whole ({@code field} is the root then). */
    public record Problem(String field, String message) {
    }

    /** A Java name as Jackson quotes it, {@code `org.example.Type`} or {@code `StreamReadConstraints.getMaxNumberLength()`}. */
    private static final Pattern QUOTED_JAVA_NAME = Pattern.compile("`[A-Za-z_$][\\w$.]*(\\(\\))?`");
    /** Jackson's advice to programmers, such as {@code : enable `JsonReadFeature...` to allow}. */
    private static final Pattern PARSER_HINT = Pattern.compile("\\s*[;:,]?\\s*\\(?(enable|from) `.*$");

    private JsonInputErrors() {
    }

    /**
     * What is wrong with the JSON, field by field.
     *
     * @param root the name of the value that was read: {@code body} for a request body, {@code data} for a task's data
     * @param prefix prepended to each field's path ({@code ""} for a body, {@code "data"} for task data)
     */
    public static Problem describe(Throwable failure, String root, String prefix) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (find(failure, StreamConstraintsException.class) != null) {
            String path = jackson instanceof JsonMappingException mapping ? path(mapping, prefix) : "";
            return new Problem(path.isEmpty() || path.equals(prefix) ? root : path, "is too long: a number may have "
                    + "at most 1000 digits, a text at most 20,000,000 characters");
        }
        if (jackson instanceof JsonParseException parse) {
            return new Problem(root, "malformed JSON: " + clean(parse.getOriginalMessage()));
        }
        if (jackson instanceof JsonMappingException mapping) {
            String path = path(mapping, prefix);
            if (path.isEmpty() || path.equals(prefix)) {
                String message = mapping.getOriginalMessage() != null && mapping.getOriginalMessage().startsWith("Trailing token")
                        ? "unexpected content after the JSON value"
                        : mapping instanceof MismatchedInputException && !(mapping instanceof UnrecognizedPropertyException)
                        ? "expected a JSON object"
                        : clean(mapping.getOriginalMessage());
                return new Problem(root, message);
            }
            return new Problem(path, message(mapping));
        }
        return new Problem(root, "is not readable JSON");
    }

    /** What is wrong with one field's value. */
    private static String message(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (mapping instanceof ValueInstantiationException) {
            Throwable cause = mapping.getCause();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? clean(cause.getMessage()) : "is invalid";
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return quoted(invalid.getValue()) + " is not one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            // a number or true/false where a text belongs (coercion is off): Jackson's own words name Java types
            if (!(invalid.getValue() instanceof String)) {
                return "expected " + expected(String.class);
            }
            // never echoed: the text may hold exactly what cannot be written back (half a surrogate pair)
            return clean(invalid.getOriginalMessage());
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class) {
            String original = String.valueOf(invalid.getOriginalMessage());
            return quoted(invalid.getValue()) + " " + (original.contains("java.") ? "is not " + expected(LocalDate.class)
                    : clean(original));
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return quoted(invalid.getValue()) + " is not " + expected(invalid.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + expected(mismatched.getTargetType());
        }
        Throwable cause = mapping.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return clean(cause.getMessage());
        }
        return clean(mapping.getOriginalMessage());
    }

    /** A client's value in a message, shortened: it may be two hundred thousand characters long. */
    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    /** What a client should have sent, in JSON's words rather than Java's. */
    public static String expected(Class<?> type) {
        if (type == MoneyData.class || type.getSimpleName().startsWith("Money")) {
            return "money such as {\"amount\": \"150000.00\", \"currency\": \"USD\"}";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type == LocalDate.class) {
            return "a date such as \"2026-11-01\"";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time such as \"2026-11-01T09:00:00Z\"";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a decimal number such as \"150000.00\"";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "a JSON object";
    }

    /** The path of the field, {@code prefix.a.b[0].c}. */
    static String path(JsonMappingException mapping, String prefix) {
        StringBuilder path = new StringBuilder(prefix);
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parser's words without the Java names and configuration hints it adds for programmers. */
    static String clean(String message) {
        if (message == null) {
            return "is invalid";
        }
        String first = message.split("\n")[0];
        String withoutHint = PARSER_HINT.matcher(first).replaceFirst("");
        String cleaned = QUOTED_JAVA_NAME.matcher(withoutHint).replaceAll("value").trim();
        return cleaned.isEmpty() ? "is invalid" : cleaned;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
