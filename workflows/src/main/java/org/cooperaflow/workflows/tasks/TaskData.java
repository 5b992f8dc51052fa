package org.cooperaflow.workflows.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** {@code [IMPACT]} in a Bean Validation path: a map key, not a list index. */
    private static final java.util.regex.Pattern MAP_KEY = java.util.regex.Pattern.compile("\\[([^\\]0-9][^\\]]*)\\]");

    private final ObjectMapper mapper;
    private final Validator validator;

    public TaskData(ObjectMapper mapper, Validator validator) {
        this.mapper = StrictJson.apply(mapper.copy());
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
            JsonInputErrors.Problem problem = JsonInputErrors.describe(e, "data", "data");
            throw invalid(Map.of(problem.field(), problem.message()));
        }
        Map<String, String> errors = validator.validate(data).stream().collect(Collectors.toMap(
                v -> mapKeysAsNames(("data." + jsonPath(type, v.getPropertyPath()))
                        .replace(".<map value>", "").replace(".<list element>", "")),
                ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b, TreeMap::new));
        checks.apply(data).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return data;
    }

    /** For a task whose outcome says it all: any field in {@code data} is unknown to it (400 naming the field). */
    public void requireNone(TaskCompletion completion) {
        read(completion, NoData.class);
    }

    /** The {@code data} of a task that takes none. */
    record NoData() {
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

    /** Violation paths name map keys as fields ({@code ratings.IMPACT}), as {@link JsonInputErrors} does. */
    private static String mapKeysAsNames(String path) {
        return MAP_KEY.matcher(path).replaceAll(".$1");
    }
}
