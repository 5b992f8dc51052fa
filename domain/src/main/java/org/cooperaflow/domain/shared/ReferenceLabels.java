package org.cooperaflow.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names, in English and French, of the coded reference lists (CIDI priorities, modalities,
 * contributor types, OECD DAC criteria), from their versioned resource files. The enums are the
 * codes the rules use; these files are the lists the agency maintains, and a test keeps both equal.
 */
public final class ReferenceLabels {

    /** A code's names. */
    public record Label(String code, String nameEn, String nameFr) {
    }

    private ReferenceLabels() {
    }

    /** The list in {@code reference/<name>.csv} by code, in file order. */
    public static Map<String, Label> of(String name) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String[] row : ReferenceCsv.rows("reference/" + name + ".csv")) {
            labels.put(row[0], new Label(row[0], row[1], row[2]));
        }
        return Collections.unmodifiableMap(labels);
    }
}
