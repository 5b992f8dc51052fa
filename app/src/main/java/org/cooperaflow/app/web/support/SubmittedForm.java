package org.cooperaflow.app.web.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cooperaflow.app.http.PlainText;
import org.springframework.util.MultiValueMap;

/**
 * The values of a posted form, named by the paths of the API body they become ({@code partners[0].memberState}), with
 * the readers the pages' forms share: text, numbers, codes of an enum, lists. What cannot be read is recorded at its
 * input; the body is then checked with the API's own Bean Validation, each violation at its input. An input's id is
 * its path with {@code [ ] .} as dashes ({@code partners-0-memberState}).
 */
public class SubmittedForm {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final FormErrors.Collected errors = new FormErrors.Collected();
    private final Function<String, String> labels;
    private final FormErrors messages;
    private final Locale locale;

    public SubmittedForm(MultiValueMap<String, String> params, Function<String, String> labels, FormErrors messages,
                         Locale locale) {
        params.forEach((name, list) -> {
            if (!name.equals("_csrf")) {
                values.put(name, list);
            }
        });
        this.labels = labels;
        this.messages = messages;
        this.locale = locale;
        // the API's door for text, at the pages' (PlainText): the first refused value of each input
        values.forEach((name, list) -> list.stream().map(PlainText::problem).flatMap(Optional::stream)
                .findFirst().ifPresent(problem -> reject(name, messages.plainTextMessage(problem, locale))));
    }

    /** An empty form, or one filled from what a case already says. */
    public SubmittedForm(Map<String, List<String>> initial, Function<String, String> labels, FormErrors messages,
                         Locale locale) {
        values.putAll(initial);
        this.labels = labels;
        this.messages = messages;
        this.locale = locale;
    }

    public static String idOf(String path) {
        return path.replace("[", "-").replace("]", "").replace(".", "-");
    }

    // ---- for the templates ----

    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public boolean checked(String name, Object option) {
        List<String> list = values.get(name);
        return list != null && list.contains(String.valueOf(option));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public FormErrors.Collected errors() {
        return errors;
    }

    public boolean hasError(String id) {
        return errors.has(id);
    }

    public String error(String id) {
        return errors.byField().get(id);
    }

    // ---- readers ----

    public String text(String name) {
        String value = value(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<String> texts(String name) {
        return all(name).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(idOf(name), messages.message("form.error.wholeNumber", locale, labels.apply(name)));
            return null;
        }
    }

    public List<Integer> integers(String name) {
        List<Integer> read = new ArrayList<>();
        for (String value : texts(name)) {
            try {
                read.add(Integer.valueOf(value));
            } catch (NumberFormatException e) {
                errors.add(idOf(name), messages.message("form.error.invalid", locale, labels.apply(name)));
            }
        }
        return read;
    }

    /** Digits and a point only: a comma could be a thousands or a decimal separator, so it is never guessed. */
    public BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            errors.add(idOf(name), messages.message("form.error.decimal", locale, labels.apply(name)));
            return null;
        }
    }

    public <E extends Enum<E>> E code(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(idOf(name), messages.message("form.error.invalid", locale, labels.apply(name)));
            return null;
        }
    }

    /** A problem found by the page itself, or reported by the application at an input (or for the whole form). */
    public void reject(String path, String message) {
        errors.add(path == null ? null : idOf(path), message);
    }

    /** Checks the body with the API's Bean Validation: each violation at the input its path names. */
    public <T> void validate(Validator validator, T body, Function<String, String> inputOfPath) {
        validate(validator, body, inputOfPath, Map.of());
    }

    /**
     * As {@link #validate(Validator, Object, Function)}, a form wording some constraints its own way: the message key
     * of a constraint by its annotation's simple name ({@code PastOrPresent}).
     */
    public <T> void validate(Validator validator, T body, Function<String, String> inputOfPath,
                             Map<String, String> messageOfConstraint) {
        for (ConstraintViolation<T> violation : validator.validate(body)) {
            String path = violation.getPropertyPath().toString().replace(".<list element>", "")
                    .replace("<list element>", "");
            String input = inputOfPath.apply(path);
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String key = messageOfConstraint.containsKey(constraint) ? messageOfConstraint.get(constraint)
                    : switch (constraint) {
                case "NotNull", "NotBlank", "NotEmpty" -> "form.error.required";
                case "Size" -> "form.error.size";
                case "Digits", "DecimalMin" -> "form.error.amount";
                case "Min", "Max", "Positive" -> "form.error.range";
                case "UniqueElements" -> "form.error.repeated";
                default -> "form.error.invalid";
            };
            if (!errors.has(idOf(input))) {
                errors.add(idOf(input), messages.message(key, locale, labels.apply(input)));
            }
        }
    }
}
