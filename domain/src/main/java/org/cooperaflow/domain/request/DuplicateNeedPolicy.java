package org.cooperaflow.domain.request;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;

/**
 * When two cooperation needs are probably the same need filed twice (action plan, objective 2:
 * avoid duplicated effort): same member state or same CIDI priority, at least one SDG in common,
 * and similar titles. The secretariat sees the likely duplicates while diagnosing a need and
 * decides; the policy only points.
 */
public final class DuplicateNeedPolicy {

    /** Share of title words in common (Jaccard) from which two titles count as similar. */
    public static final double SIMILAR_TITLE = 0.4;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by",
            "de", "des", "du", "la", "le", "les", "et", "en", "pour", "y", "el", "los", "las", "del", "para");

    private DuplicateNeedPolicy() {
    }

    /** Whether {@code other} is a likely duplicate of {@code need}. */
    public static boolean isLikelyDuplicate(CooperationRequestDetails need, CooperationRequestDetails other) {
        boolean sameStateOrPriority = need.memberState().equals(other.memberState())
                || (need.priority() != null && need.priority() == other.priority());
        boolean sharedSdg = need.sdgs().stream().anyMatch(other.sdgs()::contains);
        return sameStateOrPriority && sharedSdg && titleSimilarity(need.title(), other.title()) >= SIMILAR_TITLE;
    }

    /** Jaccard similarity of the titles' significant words, accents and case ignored: 0 to 1. */
    public static double titleSimilarity(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> all = new HashSet<>(wordsA);
        all.addAll(wordsB);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{Alnum}]+"))
                .filter(w -> !w.isBlank() && !STOP_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
