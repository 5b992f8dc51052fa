package org.cooperaflow.workflows.tasks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a completion's {@code data} into a task's small record with Jackson, then checks it with
 * Bean Validation: every wrong field is named in one {@link InvalidTaskCompletionException} (400),
 * before any command is sent.
 */
@Component
public class TaskData {

    private final ObjectMapper mapper;
    private final Validator validator;

    public TaskData(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
    }

    /** The data as {@code type}, valid, or an exception naming each field ({@code data.score}, ...). */
    public <T> T read(TaskCompletion completion, Class<T> type) {
        return read(completion, type, read -> Map.of());
    }

    /** As {@link #read(TaskCompletion, Class)}, with the task's own checks of the read data reported alongside. */
    public <T> T read(TaskCompletion completion, Class<T> type, Function<T, Map<String, String>> checks) {
        T data;
        try {
            data = mapper.convertValue(completion.data(), type);
        } catch (IllegalArgumentException e) {
            throw invalid(Map.of(fieldOf(e), messageOf(e)));
        }
        Map<String, String> errors = validator.validate(data).stream().collect(Collectors.toMap(
                v -> ("data." + v.getPropertyPath()).replace(".<map value>", "").replace(".<list element>", ""),
                ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b, TreeMap::new));
        checks.apply(data).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return data;
    }

    /** One more error found after reading, such as an outcome-specific requirement. */
    public static InvalidTaskCompletionException invalid(Map<String, String> errors) {
        return new InvalidTaskCompletionException("the task data is invalid: " + errors.keySet(), errors);
    }

    private static String fieldOf(IllegalArgumentException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder("data");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "data";
    }

    private static String messageOf(IllegalArgumentException e) {
        Throwable cause = e.getCause() instanceof JsonMappingException mapping ? mapping : e;
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return root.getMessage();
        }
        if (cause instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not "
                    + (invalid.getTargetType().isEnum()
                    ? "one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "a valid " + invalid.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage().split("\n")[0] : "is invalid";
    }
}
