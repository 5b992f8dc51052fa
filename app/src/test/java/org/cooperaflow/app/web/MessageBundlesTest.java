package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages speak four languages: every key in every bundle, and every key a template names in the bundles. */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** {@code #{inbox.title}} or {@code #{error.generic.body(${status})}}: a key written out in a template. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
    /** {@code #messages.msg('ref.sdg.' + n)}: a key prefix the template completes. */
    private static final Pattern KEY_PREFIX = Pattern.compile("(?:#\\{\\||msg(?:OrNull)?\\(')([A-Za-z0-9_.\\-]+\\.)(?:\\$\\{|')");

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr", "pt"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = keys(bundle(""));
        Set<String> other = keys(bundle("_" + language));
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertThat(missing).as("keys missing in messages_" + language).isEmpty();
        assertThat(extra).as("keys of messages_" + language + " that English lacks").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_fr", "_pt"})
    void noMessageIsEmptyAndEveryApostropheSurvivesItsArguments(String suffix) throws IOException {
        Properties messages = bundle(suffix);
        for (String key : keys(messages)) {
            String value = messages.getProperty(key);
            assertThat(value).as("messages" + suffix + " " + key).isNotBlank();
            if (value.matches("(?s).*\\{\\d+}.*")) {
                // MessageFormat reads a lone apostrophe as a quote and would swallow the text after it
                assertThat(value.replace("''", "")).as("messages" + suffix + " " + key
                        + " has arguments: write an apostrophe as ''").doesNotContain("'");
            } else {
                // without arguments the text is shown as written
                assertThat(value).as("messages" + suffix + " " + key + " has no arguments: write an apostrophe once")
                        .doesNotContain("''");
            }
        }
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundles() throws IOException {
        Set<String> known = keys(bundle(""));
        Set<String> unknown = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                Matcher key = LITERAL_KEY.matcher(text);
                while (key.find()) {
                    if (!known.contains(key.group(1))) {
                        unknown.add(TEMPLATES.relativize(file) + ": " + key.group(1));
                    }
                }
                Matcher prefix = KEY_PREFIX.matcher(text);
                while (prefix.find()) {
                    prefixes.add(prefix.group(1));
                }
            }
        }
        assertThat(unknown).as("keys named in templates but in no bundle").isEmpty();
        for (String prefix : prefixes) {
            assertThat(known).as("keys starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    /** The dossier shows each finding of the eligibility table in the reader's language, not as its code. */
    @Test
    void everyReasonTheEligibilityTableGivesHasItsWords() throws IOException {
        String table;
        try (var in = java.util.Objects.requireNonNull(
                MessageBundlesTest.class.getResourceAsStream("/bpmn/fcd-eligibility.dmn"), "fcd-eligibility.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher reason = Pattern.compile("<outputEntry[^>]*>\\s*<text>\"([a-z0-9-]+)\"</text>").matcher(table);
        Set<String> reasons = new TreeSet<>();
        while (reason.find()) {
            reasons.add(reason.group(1));
        }
        assertThat(reasons).as("the table's reasons").isNotEmpty();
        Set<String> known = keys(bundle(""));
        assertThat(reasons).allSatisfy(r -> assertThat(known).as("its words").contains("eligibility.reason." + r));
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "/i18n/messages" + suffix + ".properties";
        try (Reader reader = new InputStreamReader(
                java.util.Objects.requireNonNull(MessageBundlesTest.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}
