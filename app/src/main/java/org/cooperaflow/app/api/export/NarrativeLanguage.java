package org.cooperaflow.app.api.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a proposal's text, one of the OAS's four, for a narrative's {@code xml:lang}: the proposals do not
 * record theirs, so it is told from the text's common words and the letters only one language uses; a text that
 * tells none is in the proposing state's language.
 */
final class NarrativeLanguage {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "in", "for", "to", "with", "on", "its", "an", "by", "from"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "en", "y", "para", "con", "por", "una", "al"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "em", "e", "para", "com", "no", "na", "uma", "de"),
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "en", "pour", "avec", "une", "au", "aux", "l", "d"));

    private static final Map<String, String> MARKS = Map.of(
            "es", "ñ¿¡", "pt", "ãõ", "fr", "èêëîïûùœàâ");

    private static final Set<String> ENGLISH_SPEAKING = Set.of("AG", "BS", "BB", "BZ", "CA", "DM", "GD", "GY", "JM",
            "KN", "LC", "VC", "SR", "TT", "US");

    private NarrativeLanguage() {
    }

    /** The language of the text, or the proposing state's when the text does not tell. */
    static String of(String text, String proposerState, String fallback) {
        if (text != null) {
            String lower = text.toLowerCase(Locale.ROOT);
            String best = null;
            int bestScore = 0;
            boolean tie = false;
            for (String language : new String[] {"en", "es", "pt", "fr"}) {
                int score = score(lower, language);
                if (score > bestScore) {
                    best = language;
                    bestScore = score;
                    tie = false;
                } else if (score == bestScore && score > 0) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                return best;
            }
        }
        return ofState(proposerState, fallback);
    }

    private static int score(String lower, String language) {
        int score = 0;
        for (String word : Normalizer.normalize(lower, Normalizer.Form.NFC).split("[^\\p{L}]+")) {
            if (WORDS.get(language).contains(word)) {
                score++;
            }
        }
        String marks = MARKS.getOrDefault(language, "");
        for (int i = 0; i < lower.length(); i++) {
            if (marks.indexOf(lower.charAt(i)) >= 0) {
                score += 2;
            }
        }
        if ("es".equals(language)) {
            score += 2 * count(lower, "ción");
        } else if ("pt".equals(language)) {
            score += 2 * (count(lower, "ção") + count(lower, "ções"));
        }
        return score;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String ofState(String state, String fallback) {
        if (state == null) {
            return fallback;
        }
        return switch (state) {
            case "BR" -> "pt";
            case "HT" -> "fr";
            default -> ENGLISH_SPEAKING.contains(state) ? "en" : "es";
        };
    }
}
