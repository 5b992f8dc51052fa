package org.cooperaflow.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The Sustainable Development Goals, read from the versioned resource {@code reference/sdg-goals.csv}. */
public final class Sdgs {

    private static final Map<Integer, Sdg> BY_NUMBER = load();

    private Sdgs() {
    }

    public static boolean isSdg(Integer number) {
        return number != null && BY_NUMBER.containsKey(number);
    }

    public static Optional<Sdg> find(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    public static Collection<Sdg> all() {
        return Collections.unmodifiableCollection(BY_NUMBER.values());
    }

    private static Map<Integer, Sdg> load() {
        Map<Integer, Sdg> goals = new TreeMap<>();
        for (String[] row : ReferenceCsv.rows("reference/sdg-goals.csv")) {
            int number = Integer.parseInt(row[0]);
            goals.put(number, new Sdg(number, row[1], row[2]));
        }
        return goals;
    }
}
