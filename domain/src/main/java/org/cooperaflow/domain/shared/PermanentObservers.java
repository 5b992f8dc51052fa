package org.cooperaflow.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Permanent observers of the OAS that may contribute to the fund, read from the versioned resource
 * {@code reference/permanent-observers.csv} (ISO 3166-1 alpha-2; the European Union as {@code EU}).
 * The list holds the observers the fund deals with, not the OAS's full list of about seventy.
 */
public final class PermanentObservers {

    private static final Map<String, String> NAMES_EN = load();

    private PermanentObservers() {
    }

    public static boolean isPermanentObserver(String code) {
        return code != null && NAMES_EN.containsKey(code);
    }

    /** Code to English name, in the file's order. */
    public static Map<String, String> all() {
        return Collections.unmodifiableMap(NAMES_EN);
    }

    private static Map<String, String> load() {
        Map<String, String> observers = new LinkedHashMap<>();
        for (String[] row : ReferenceCsv.rows("reference/permanent-observers.csv")) {
            observers.put(row[0], row[1]);
        }
        return observers;
    }
}
