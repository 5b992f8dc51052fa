package org.cooperaflow.app.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cooperaflow.app.web.support.FormErrors;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.workflows.tasks.TaskCompletion;
import org.cooperaflow.workflows.tasks.TaskField;
import org.cooperaflow.workflows.tasks.TaskView;

/**
 * A task's form, built from what the task declares: its outcomes (those this user may choose) and its fields, each
 * shown as the input its type asks for. It reads the submitted values back into the completion the task service takes,
 * and names the input of each problem the service reports ({@code data.score} is the input {@code field-score}).
 */
public record TaskForm(String taskId, String taskDefinitionKey, List<String> outcomes, List<Input> inputs,
                       List<String> commentRequiredFor) {

    /** An input of the form: the task field it stands for, how it is shown, and for which outcomes it counts. */
    public record Input(String name, String kind, boolean required, List<String> outcomes) {

        /** The id of its element, the target of its error's link. */
        public String id() {
            return "field-" + name;
        }
    }

    /**
     * The field named {@code comment} is the form's comment, whose outcomes require it; the others become inputs, but
     * for none of the outcomes the user may choose.
     */
    public static TaskForm of(TaskView task) {
        List<Input> inputs = new ArrayList<>();
        List<String> commentRequired = List.of();
        for (TaskField field : task.fields()) {
            if (field.name().equals("comment")) {
                commentRequired = field.outcomes();
                continue;
            }
            if (!field.outcomes().isEmpty() && field.outcomes().stream().noneMatch(task.allowedOutcomes()::contains)) {
                // for outcomes this user may not choose (a member who may only recuse does not score)
                continue;
            }
            inputs.add(new Input(field.name(), kindOf(field), field.required(), field.outcomes()));
        }
        return new TaskForm(task.id(), task.taskDefinitionKey(), task.allowedOutcomes(), List.copyOf(inputs),
                commentRequired);
    }

    private static String kindOf(TaskField field) {
        return switch (field.name()) {
            case "score" -> "score";
            case "reason" -> "reason";
            case "allocations" -> "allocations";
            case "indicators" -> "indicators";
            case "ratings" -> "ratings";
            case "justification", "conditions" -> "textarea";
            default -> switch (field.type()) {
                case "date" -> "date";
                case "money" -> "money";
                case "decimal" -> "decimal";
                case "boolean" -> "checkbox";
                default -> "text";
            };
        };
    }

    public boolean commentRequiredFor(String outcome) {
        return commentRequiredFor.contains(outcome);
    }

    /**
     * The completion the submitted values say, every value typed passed on (the task judges what fits the outcome); a
     * value that cannot be read (a score that is no number) is added to {@code errors} at its input instead. {@code indicatorNames} are the project's indicators, in the form's order.
     */
    public TaskCompletion completion(Map<String, String> values, List<String> indicatorNames,
                                     FormErrors.Collected errors, Messages messages) {
        String outcome = blankToNull(values.get("outcome"));
        Map<String, Object> data = new LinkedHashMap<>();
        for (Input input : inputs) {
            String value = blankToNull(values.get(input.name()));
            switch (input.kind()) {
                case "score" -> {
                    if (value != null) {
                        try {
                            data.put("score", Integer.valueOf(value));
                        } catch (NumberFormatException e) {
                            errors.add(input.id(), messages.get("task.error.number"));
                        }
                    }
                }
                case "date" -> {
                    if (value != null) {
                        try {
                            data.put(input.name(), LocalDate.parse(value).toString());
                        } catch (DateTimeParseException e) {
                            errors.add(input.id(), messages.get("task.error.date"));
                        }
                    }
                }
                case "money" -> {
                    if (value != null) {
                        String amount = decimal(value, input.id(), errors, messages);
                        String currency = blankToNull(values.get(input.name() + ".currency"));
                        if (amount != null) {
                            data.put(input.name(), Map.of("amount", amount, "currency",
                                    currency == null ? "USD" : currency.trim().toUpperCase(java.util.Locale.ROOT)));
                        }
                    }
                }
                case "decimal" -> {
                    if (value != null) {
                        String read = decimal(value, input.id(), errors, messages);
                        if (read != null) {
                            data.put(input.name(), read);
                        }
                    }
                }
                case "checkbox" -> data.put(input.name(), value != null);
                case "allocations" -> {
                    List<Map<String, Object>> allocations = new ArrayList<>();
                    for (Map.Entry<String, String> entry : values.entrySet()) {
                        if (entry.getKey().startsWith("allocation.") && blankToNull(entry.getValue()) != null) {
                            String contributionId = entry.getKey().substring("allocation.".length());
                            String amount = decimal(entry.getValue(), "allocation-" + contributionId, errors, messages);
                            if (amount != null) {
                                allocations.add(Map.of("contributionId", contributionId,
                                        "amount", Map.of("amount", amount, "currency", "USD")));
                            }
                        }
                    }
                    data.put("allocations", allocations);
                }
                case "indicators" -> {
                    List<Map<String, Object>> readings = new ArrayList<>();
                    for (int i = 0; i < indicatorNames.size(); i++) {
                        String reading = blankToNull(values.get("indicator." + i));
                        if (reading != null) {
                            String read = decimal(reading, "indicator-" + i, errors, messages);
                            if (read != null) {
                                readings.add(Map.of("name", indicatorNames.get(i), "value", read));
                            }
                        }
                    }
                    data.put("indicators", readings);
                }
                case "ratings" -> {
                    Map<String, Object> ratings = new TreeMap<>();
                    for (DacCriterion criterion : DacCriterion.values()) {
                        String rating = blankToNull(values.get("rating." + criterion.name()));
                        if (rating != null) {
                            try {
                                ratings.put(criterion.name(), Integer.valueOf(rating));
                            } catch (NumberFormatException e) {
                                errors.add("rating-" + criterion.name(), messages.get("task.error.number"));
                            }
                        }
                    }
                    data.put("ratings", ratings);
                }
                default -> {
                    if (value != null) {
                        data.put(input.name(), value);
                    }
                }
            }
        }
        return new TaskCompletion(outcome, blankToNull(values.get("comment")), data);
    }

    /**
     * The input a problem the task service names is about: {@code outcome}, {@code comment}, {@code data.score},
     * {@code data.expenditure.amount}, {@code data.allocations[1].amount} (the second allocation posted),
     * {@code data.indicators[0].value}, {@code data.ratings.IMPACT}; null when it names none of the form's.
     */
    public String inputOf(String problemField, Map<String, String> values, List<String> indicatorNames) {
        if (problemField == null) {
            return null;
        }
        if (problemField.equals("outcome")) {
            return "outcome";
        }
        if (problemField.equals("comment")) {
            return "comment";
        }
        if (!problemField.startsWith("data.")) {
            return null;
        }
        String path = problemField.substring("data.".length());
        java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("(allocations|indicators)\\[(\\d+)].*").matcher(path);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            if (indexed.group(1).equals("allocations")) {
                List<String> posted = values.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("allocation.") && blankToNull(e.getValue()) != null)
                        .map(e -> e.getKey().substring("allocation.".length())).toList();
                return index < posted.size() ? "allocation-" + posted.get(index) : "field-allocations";
            }
            List<Integer> posted = new ArrayList<>();
            for (int i = 0; i < indicatorNames.size(); i++) {
                if (blankToNull(values.get("indicator." + i)) != null) {
                    posted.add(i);
                }
            }
            return index < posted.size() ? "indicator-" + posted.get(index) : "field-indicators";
        }
        if (path.startsWith("ratings.")) {
            return "rating-" + path.substring("ratings.".length());
        }
        String name = path.split("[.\\[]", 2)[0];
        return inputs.stream().anyMatch(i -> i.name().equals(name)) ? "field-" + name : null;
    }

    /** The input a refused rule is about, by the rule's name; null for a rule about the case as a whole. */
    public String inputOfRule(String rule) {
        String field = switch (rule) {
            case "reason-required" -> "comment";
            case "justification-required" -> "field-justification";
            case "score-required", "score-out-of-range", "recusal-without-score" -> "field-score";
            case "conflict-of-interest", "four-eyes", "quorum-not-reached", "no-majority-in-favour",
                    "vote-once-per-round", "proposing-state-officer" -> "outcome";
            case "allocation-must-be-positive", "allocation-exceeds-approved-amount", "allocation-exceeds-received",
                    "earmarked-for-other-account", "currency-not-usd" -> "field-allocations";
            case "expenditure-exceeds-grant" -> "field-expenditure";
            case "unknown-indicator" -> "field-indicators";
            case "period-already-reported" -> "field-period";
            case "dac-ratings-incomplete", "dac-rating-out-of-range" -> "field-ratings";
            case "receipt-must-be-positive", "receipt-exceeds-pledge", "receipt-currency-mismatch" -> "field-amount";
            case "receipt-in-the-future", "receipt-before-pledge" -> "field-receivedOn";
            case "usd-rate-required", "usd-rate-out-of-range", "usd-rate-must-be-one" -> "field-usdRate";
            default -> null;
        };
        if (field == null || field.equals("comment") || field.equals("outcome")) {
            return field;
        }
        String name = field.substring("field-".length());
        return inputs.stream().anyMatch(i -> i.name().equals(name)) ? field : null;
    }

    private static String decimal(String value, String input, FormErrors.Collected errors, Messages messages) {
        try {
            // digits and a point only: a comma could be a thousands or a decimal separator, so it is never guessed
            return new BigDecimal(value.strip().replace(" ", "").replace("\u00a0", "")).toPlainString();
        } catch (NumberFormatException e) {
            errors.add(input, messages.get("task.error.number"));
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The messages a form's own checks use, in the reader's language. */
    @FunctionalInterface
    public interface Messages {
        String get(String key);
    }
}
