package org.cooperaflow.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The measures of the 2024-2027 Cooperation Action Plan (1.1-5.3), from {@code reference/action-plan-measures.csv}. */
public final class ActionPlanMeasures {

    /** A measure of the action plan: its code ("2.4"), objective number and short title. */
    public record Measure(String code, int objective, String titleEn) {
    }

    private static final Map<String, Measure> BY_CODE = load();

    private ActionPlanMeasures() {
    }

    public static boolean isMeasure(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    public static Optional<Measure> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static Collection<Measure> all() {
        return Collections.unmodifiableCollection(BY_CODE.values());
    }

    private static Map<String, Measure> load() {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (String[] row : ReferenceCsv.rows("reference/action-plan-measures.csv")) {
            measures.put(row[0], new Measure(row[0], Integer.parseInt(row[1]), row[2]));
        }
        return measures;
    }
}
