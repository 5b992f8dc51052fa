package org.cooperaflow.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The OAS member states, read from the versioned resource {@code reference/member-states.csv}. */
public final class MemberStates {

    private static final Map<String, MemberState> BY_CODE = load();

    private MemberStates() {
    }

    public static Optional<MemberState> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean isMemberState(String code) {
        return find(code).isPresent();
    }

    public static MemberState get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("not an OAS member state: " + code));
    }

    public static Collection<MemberState> all() {
        return Collections.unmodifiableCollection(BY_CODE.values());
    }

    private static Map<String, MemberState> load() {
        Map<String, MemberState> states = new LinkedHashMap<>();
        for (String[] row : ReferenceCsv.rows("reference/member-states.csv")) {
            ParticipationStatus status = ParticipationStatus.valueOf(row[4].toUpperCase(Locale.ROOT));
            states.put(row[0], new MemberState(row[0], row[1], row[2], row[3], status));
        }
        return states;
    }
}
