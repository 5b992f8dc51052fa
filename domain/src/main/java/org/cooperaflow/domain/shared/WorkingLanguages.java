package org.cooperaflow.domain.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OAS's four official languages (ISO 639-1: en, es, fr, pt), and those of them each member state works in, from
 * {@code reference/working-languages.csv}: what an offer's languages are checked and matched against.
 */
public final class WorkingLanguages {

    /** The official languages of the OAS. */
    public static final List<String> OFFICIAL = List.of("en", "es", "fr", "pt");

    private static final Map<String, Set<String>> BY_STATE = load();

    private WorkingLanguages() {
    }

    public static boolean isOfficial(String code) {
        return code != null && OFFICIAL.contains(code);
    }

    /** The official languages the member state works in; none for a code that is no member state. */
    public static Set<String> of(String memberState) {
        return memberState == null ? Set.of() : BY_STATE.getOrDefault(memberState, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> languages = new LinkedHashMap<>();
        for (String[] row : ReferenceCsv.rows("reference/working-languages.csv")) {
            languages.put(row[0], Set.copyOf(Arrays.asList(row[1].split(" "))));
        }
        return languages;
    }
}
