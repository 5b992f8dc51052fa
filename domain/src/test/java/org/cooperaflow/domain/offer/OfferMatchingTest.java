package org.cooperaflow.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cooperaflow.domain.offer.OfferMatching.Match;
import org.cooperaflow.domain.offer.OfferMatching.Reason;
import org.cooperaflow.domain.offer.OfferMatching.Rule;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OfferMatchingTest {

    /** Colombia offers teacher training in Spanish, South-South, for SDG 4 and measure 2.4. */
    private static OfferMatching.Offer colombia(CidiPriority priority, List<Integer> sdgs) {
        return new OfferMatching.Offer("CO", priority, sdgs, List.of("2.4"), OfferModality.SOUTH_SOUTH, List.of("es"));
    }

    private static OfferMatching.Need need(String state, CidiPriority priority, List<Integer> sdgs, Modality modality) {
        return new OfferMatching.Need(state, priority, sdgs, List.of(), modality);
    }

    private static Optional<Reason> reason(Match match, Rule rule) {
        return match.reasons().stream().filter(r -> r.rule() == rule).findFirst();
    }

    private static Match match(OfferMatching.Offer offer, OfferMatching.Need need) {
        return OfferMatching.score(offer, need).orElseThrow();
    }

    @Nested
    class Priority {

        @Test
        void theSameCidiPriorityGivesThirtyPoints() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), null));
            assertThat(reason(match, Rule.PRIORITY)).contains(new Reason(Rule.PRIORITY, 30, List.of("EDUCATION")));
        }

        @Test
        void anotherPriorityGivesNoPointsForIt() {
            Match match = match(colombia(CidiPriority.CULTURE, List.of(4)),
                    need("PE", CidiPriority.EDUCATION, List.of(4), null));
            assertThat(reason(match, Rule.PRIORITY)).isEmpty();
        }
    }

    @Nested
    class Sdgs {

        @Test
        void eachSharedGoalGivesTenPoints() {
            Match match = match(colombia(CidiPriority.CULTURE, List.of(4, 5, 9)),
                    need("PE", CidiPriority.EDUCATION, List.of(9, 4, 16), null));
            assertThat(reason(match, Rule.SDGS)).contains(new Reason(Rule.SDGS, 20, List.of("4", "9")));
        }

        @Test
        void sharedGoalsCountAtMostThirtyPoints() {
            Match match = match(colombia(CidiPriority.CULTURE, List.of(1, 2, 3, 4, 5)),
                    need("PE", CidiPriority.EDUCATION, List.of(1, 2, 3, 4, 5), null));
            assertThat(reason(match, Rule.SDGS).orElseThrow().points()).isEqualTo(30);
        }
    }

    @Nested
    class Measures {

        @Test
        void eachSharedMeasureGivesFivePointsAtMostFifteen() {
            OfferMatching.Offer offer = new OfferMatching.Offer("CO", CidiPriority.EDUCATION, List.of(),
                    List.of("2.1", "2.2", "2.3", "2.4"), OfferModality.SOUTH_SOUTH, List.of());
            Match two = match(offer, new OfferMatching.Need("PE", CidiPriority.EDUCATION, List.of(),
                    List.of("2.4", "2.1"), null));
            Match four = match(offer, new OfferMatching.Need("PE", CidiPriority.EDUCATION, List.of(),
                    List.of("2.1", "2.2", "2.3", "2.4"), null));
            assertThat(reason(two, Rule.MEASURES)).contains(new Reason(Rule.MEASURES, 10, List.of("2.1", "2.4")));
            assertThat(reason(four, Rule.MEASURES).orElseThrow().points()).isEqualTo(15);
        }

        @Test
        void aNeedWithoutMeasuresGivesNoPointsForThem() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), null));
            assertThat(reason(match, Rule.MEASURES)).isEmpty();
        }
    }

    @Nested
    class Modalities {

        @Test
        void theModalityTheNeedWantsGivesFifteenPoints() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), Modality.SOUTH_SOUTH));
            assertThat(reason(match, Rule.MODALITY))
                    .contains(new Reason(Rule.MODALITY, 15, List.of("SOUTH_SOUTH")));
        }

        @Test
        void aTechnicalExchangeAnswersANeedForBilateralCooperation() {
            OfferMatching.Offer exchange = new OfferMatching.Offer("CO", CidiPriority.EDUCATION, List.of(),
                    List.of(), OfferModality.TECHNICAL_EXCHANGE, List.of());
            Match match = match(exchange, need("PE", CidiPriority.EDUCATION, List.of(), Modality.BILATERAL));
            assertThat(reason(match, Rule.MODALITY).orElseThrow().points()).isEqualTo(15);
        }

        @Test
        void anotherModalityOrNoneWantedGivesNoPoints() {
            assertThat(reason(match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), Modality.TRIANGULAR)), Rule.MODALITY)).isEmpty();
            assertThat(reason(match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), null)), Rule.MODALITY)).isEmpty();
        }
    }

    @Nested
    class Languages {

        @Test
        void aLanguageTheNeedsStateWorksInGivesTenPoints() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("PE", CidiPriority.EDUCATION, List.of(), null));
            assertThat(reason(match, Rule.LANGUAGE)).contains(new Reason(Rule.LANGUAGE, 10, List.of("es")));
        }

        @Test
        void noCommonLanguageGivesNoPoints() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of()),
                    need("JM", CidiPriority.EDUCATION, List.of(), null));
            assertThat(reason(match, Rule.LANGUAGE)).isEmpty();
        }
    }

    @Nested
    class Matches {

        @Test
        void theScoreIsTheSumOfTheReasonsPointsInTheRulesOrder() {
            Match match = match(colombia(CidiPriority.EDUCATION, List.of(4)),
                    need("PE", CidiPriority.EDUCATION, List.of(4), Modality.SOUTH_SOUTH));
            assertThat(match.reasons()).extracting(Reason::rule)
                    .containsExactly(Rule.PRIORITY, Rule.SDGS, Rule.MODALITY, Rule.LANGUAGE);
            assertThat(match.score()).isEqualTo(30 + 10 + 15 + 10);
        }

        @Test
        void withoutASharedPriorityOrGoalThereIsNoMatch() {
            assertThat(OfferMatching.score(colombia(CidiPriority.CULTURE, List.of(11)),
                    need("PE", CidiPriority.EDUCATION, List.of(4), Modality.SOUTH_SOUTH))).isEmpty();
        }

        @Test
        void aStateDoesNotAnswerItsOwnNeed() {
            assertThat(OfferMatching.score(colombia(CidiPriority.EDUCATION, List.of(4)),
                    need("CO", CidiPriority.EDUCATION, List.of(4), Modality.SOUTH_SOUTH))).isEmpty();
        }
    }
}
