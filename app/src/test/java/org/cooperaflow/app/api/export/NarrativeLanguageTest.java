package org.cooperaflow.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a proposal, told once from all its text, the proposing state's only when the text tells nothing. */
class NarrativeLanguageTest {

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource(delimiter = '|', value = {
            "Climate-smart coffee farming extension|CO|en",
            "Youth employment through digital freelancing|CO|en",
            "Bilingual teacher mentoring in La Guajira|CO|en",
            "Teacher training in digital skills|BR|en",
            "Educación rural en Perú|JM|es",
            "Formação de técnicos em gestão hídrica|JM|pt",
            "Renforcement des capacités des coopératives agricoles|CO|fr",
            "Gestion intégrée des bassins versants|US|fr",
            "Fortalecimiento de la gobernanza del agua|BR|es",
    })
    void aTitleTellsItsLanguageWhateverTheProposingState(String title, String state, String language) {
        assertThat(NarrativeLanguage.of(title, List.of(), state, "en")).isEqualTo(language);
    }

    @Test
    void aTextThatTellsNothingIsInTheProposingStatesLanguage() {
        assertThat(NarrativeLanguage.of("Proyecto Guajira 2026", List.of(), "CO", "en")).isEqualTo("es");
        assertThat(NarrativeLanguage.of("Proyecto Guajira 2026", List.of(), "BR", "en")).isEqualTo("pt");
        assertThat(NarrativeLanguage.of("Proyecto Guajira 2026", List.of(), "HT", "en")).isEqualTo("fr");
        assertThat(NarrativeLanguage.of("Proyecto Guajira 2026", List.of(), "JM", "es")).isEqualTo("en");
        assertThat(NarrativeLanguage.of("", List.of(), null, "en")).isEqualTo("en");
    }

    @Test
    void theProposalIsDecidedOnceFromAllItsText() {
        // the title alone tells nothing; the summary and the indicators do
        assertThat(NarrativeLanguage.of("Guajira 2026", List.of("Capacitación de docentes rurales en la región",
                "Docentes capacitados"), "US", "en")).isEqualTo("es");
        assertThat(NarrativeLanguage.of("Agua Viva", List.of("Strengthening the water boards of the region",
                "Boards trained"), "CO", "es")).isEqualTo("en");
        assertThat(NarrativeLanguage.of("Projeto Semiárido", List.of("Capacitação de agricultores familiares",
                "Técnicos formados"), "CO", "es")).isEqualTo("pt");
        assertThat(NarrativeLanguage.of("Bilingual teacher mentoring in La Guajira", List.of(
                "Mentors from Colombia's bilingual schools coach new teachers in La Guajira and Riohacha.",
                "Teachers mentored"), "CO", "es")).isEqualTo("en");
    }

    @Test
    void frenchAndEnglishShareTheirTionWordsButNotTheirOtherWords() {
        // -tion is English or French, never Spanish nor Portuguese; a text of plain letters is then English
        assertThat(NarrativeLanguage.of("Coordination", List.of(), "CO", "es")).isEqualTo("en");
        assertThat(NarrativeLanguage.of("Coordination of the disaster response", List.of(), "HT", "fr"))
                .isEqualTo("en");
        assertThat(NarrativeLanguage.of("Coordination de la réponse aux catastrophes", List.of(), "US", "en"))
                .isEqualTo("fr");
    }
}
