package org.cooperaflow.workflows.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
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
        // a text field takes a JSON string only: 42 or true is no justification (numbers still read from strings)
        this.mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
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
                v -> ("data." + jsonPath(type, v.getPropertyPath())).replace(".<map value>", "").replace(".<list element>", ""),
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

    /**
     * The violation's path with each property under its JSON name: {@code @JsonProperty("final") Boolean finalReport}
     * is {@code final} to the client, as in the request it sent.
     */
    private static String jsonPath(Class<?> root, Path path) {
        String text = path.toString();
        Type current = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                current = elementType(current);
            }
            RecordComponent component = node.getName() == null ? null : component(current, node.getName());
            if (component == null) {
                current = null;
                continue;
            }
            // @JsonProperty does not target record components: Java puts it on the accessor (and field, parameter)
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed != null && !renamed.value().isEmpty() && !renamed.value().equals(node.getName())) {
                text = text.replaceFirst("(^|\\.|\\])" + java.util.regex.Pattern.quote(node.getName()) + "(?=$|[.\\[])",
                        "$1" + java.util.regex.Matcher.quoteReplacement(renamed.value()));
            }
            current = component.getGenericType();
        }
        return text;
    }

    private static RecordComponent component(Type type, String name) {
        Class<?> raw = raw(type);
        if (raw == null || !raw.isRecord()) {
            return null;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = raw(parameterized);
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw != null && Map.class.isAssignableFrom(raw) && arguments.length == 2) {
                return arguments[1];
            }
            if (raw != null && Collection.class.isAssignableFrom(raw) && arguments.length == 1) {
                return arguments[0];
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
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
        if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + expected(mismatched.getTargetType());
        }
        return cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage().split("\n")[0] : "is invalid";
    }

    /** What the client should have sent, in JSON terms, never a Java class name. */
    private static String expected(Class<?> type) {
        if (type == MoneyData.class) {
            return "{\"amount\": \"...\", \"currency\": \"...\"}";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2027-01-15";
        }
        return "a JSON object";
    }
}
