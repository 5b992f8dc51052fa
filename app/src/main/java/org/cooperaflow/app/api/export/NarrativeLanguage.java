package org.cooperaflow.app.api.export;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.domain.shared.WorkingLanguages;

/**
 * The language of a proposal, one of the OAS's four, for the {@code xml:lang} of the narratives of its text: the
 * proposals do not record theirs, and a proposal is written in one language, so it is told once from all its text
 * (the title, which counts twice, the summary and the indicators' names). The signals: the function words of each
 * language, the word endings only one or two of them use, and the letters only one or two of them write. A text of
 * plain letters that is as English as anything else is English; a text that tells nothing is in the proposing
 * state's language.
 */
final class NarrativeLanguage {

    private static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "in", "for", "to", "with", "on", "its", "an", "by", "from", "through",
                    "at", "into", "across", "between", "our", "their", "this", "that", "these", "those", "is",
                    "are", "be", "as", "or", "new", "within", "among", "towards", "which", "who", "will", "has",
                    "have", "s"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "en", "y", "para", "con", "por", "una", "un", "al",
                    "su", "sus", "entre", "sobre", "desde", "hacia", "mediante", "que", "es", "son", "este", "esta",
                    "estos", "estas", "como", "o", "nuevo", "nueva", "nuevos", "nuevas"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "em", "e", "para", "com", "no", "na", "nos",
                    "nas", "uma", "um", "de", "ao", "aos", "pelo", "pela", "pelos", "pelas", "seu", "sua", "seus",
                    "suas", "entre", "sobre", "através", "que", "é", "são", "este", "esta", "como", "ou", "novo",
                    "nova", "novos", "novas", "num", "numa"),
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "en", "pour", "avec", "une", "un", "au", "aux",
                    "l", "d", "sur", "dans", "par", "entre", "à", "que", "qui", "son", "sa", "ses", "leur", "leurs",
                    "est", "sont", "ce", "cette", "ces", "ou", "vers", "chez", "nouveau", "nouvelle", "nouveaux",
                    "nouvelles"));

    /**
     * Word endings, longest first, and the languages that use them: English -ing, -ness, -ship, -ity and -ment
     * (where French writes -ement: development, développement); -tion and -ement are English or French; Spanish
     * -ión, -iones, -dad(es), -miento(s); Portuguese -ção, -ções, -dade(s); French -ité(s), -eux, -euse(s), -ée(s).
     */
    private static final Map<String, Set<String>> ENDINGS = endings();

    /** Letters only one language writes, and those French and Portuguese share. */
    private static final Map<String, String> LETTERS = Map.of("es", "ñ¿¡", "pt", "ãõ", "fr", "èëîïûùœ");
    private static final String FRENCH_OR_PORTUGUESE = "çâêôà";

    private NarrativeLanguage() {
    }

    private static Map<String, Set<String>> endings() {
        Map<String, Set<String>> endings = new LinkedHashMap<>();
        endings.put("ements", Set.of("en", "fr"));
        endings.put("ciones", Set.of("es"));
        endings.put("miento", Set.of("es"));
        endings.put("mientos", Set.of("es"));
        endings.put("iones", Set.of("es"));
        endings.put("dades", Set.of("es", "pt"));
        endings.put("euses", Set.of("fr"));
        endings.put("ement", Set.of("en", "fr"));
        endings.put("ments", Set.of("en"));
        endings.put("tions", Set.of("en", "fr"));
        endings.put("ções", Set.of("pt"));
        endings.put("dade", Set.of("pt"));
        endings.put("ness", Set.of("en"));
        endings.put("ship", Set.of("en"));
        endings.put("ment", Set.of("en"));
        endings.put("tion", Set.of("en", "fr"));
        endings.put("ités", Set.of("fr"));
        endings.put("euse", Set.of("fr"));
        endings.put("ing", Set.of("en"));
        endings.put("ity", Set.of("en"));
        endings.put("ión", Set.of("es"));
        endings.put("dad", Set.of("es"));
        endings.put("ção", Set.of("pt"));
        endings.put("ité", Set.of("fr"));
        endings.put("eux", Set.of("fr"));
        endings.put("ées", Set.of("fr"));
        endings.put("ée", Set.of("fr"));
        return endings;
    }

    /**
     * The language of a proposal from its title and its other texts (summary, indicators' names; nulls skipped),
     * or the proposing state's when they do not tell.
     */
    static String of(String title, List<String> texts, String proposerState, String fallback) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> scores.put(language, 0));
        boolean plainLetters = true;
        if (title != null) {
            score(title, 2, scores);
            plainLetters = plainLetters(title);
        }
        for (String text : texts) {
            if (text != null) {
                score(text, 1, scores);
                plainLetters &= plainLetters(text);
            }
        }
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String state = ofState(proposerState, fallback);
        if (best == 0) {
            return state;
        }
        List<String> leading = LANGUAGES.stream().filter(language -> scores.get(language) == best).toList();
        if (leading.size() == 1) {
            return leading.get(0);
        }
        if (leading.contains("en") && plainLetters) {
            return "en";
        }
        return leading.contains(state) ? state : leading.get(0);
    }

    private static void score(String text, int weight, Map<String, Integer> scores) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            for (String language : LANGUAGES) {
                if (WORDS.get(language).contains(word)) {
                    add(scores, language, weight);
                }
            }
            if (word.length() > 4) {
                for (Map.Entry<String, Set<String>> ending : ENDINGS.entrySet()) {
                    if (word.endsWith(ending.getKey())) {
                        ending.getValue().forEach(language -> add(scores, language, 2 * weight));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            for (Map.Entry<String, String> letters : LETTERS.entrySet()) {
                if (letters.getValue().indexOf(c) >= 0) {
                    add(scores, letters.getKey(), 2 * weight);
                }
            }
            if (FRENCH_OR_PORTUGUESE.indexOf(c) >= 0) {
                add(scores, "fr", weight);
                add(scores, "pt", weight);
            }
        }
    }

    private static void add(Map<String, Integer> scores, String language, int points) {
        scores.merge(language, points, Integer::sum);
    }

    /** Whether the text writes no letter but the 26 of English. */
    private static boolean plainLetters(String text) {
        return text.codePoints().noneMatch(c -> Character.isLetter(c) && c > 0x7f);
    }

    private static String ofState(String state, String fallback) {
        if (state == null) {
            return fallback;
        }
        // a state of two languages (Canada) is told in the first of the official ones; a code of no member state in
        // Spanish, the language of most of them
        Set<String> spoken = WorkingLanguages.of(state);
        return WorkingLanguages.OFFICIAL.stream().filter(spoken::contains).findFirst().orElse("es");
    }
}
