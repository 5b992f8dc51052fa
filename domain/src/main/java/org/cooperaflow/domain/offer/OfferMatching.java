package org.cooperaflow.domain.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.WorkingLanguages;

/**
 * How well an offer answers a need (ADR 0027). An offer and a need match when they share the CIDI priority or at least
 * one SDG, and the offer does not come from the need's own state. The score adds, in this order:
 * <ul>
 *   <li>{@link Rule#PRIORITY}: the same CIDI priority, 30 points;</li>
 *   <li>{@link Rule#SDGS}: 10 points per shared SDG, at most 30;</li>
 *   <li>{@link Rule#MEASURES}: 5 points per shared action-plan measure, at most 15;</li>
 *   <li>{@link Rule#MODALITY}: the modality the need wants, 15 points (a technical exchange answers a bilateral need);</li>
 *   <li>{@link Rule#LANGUAGE}: a language the need's state works in, 10 points.</li>
 * </ul>
 * Each rule that gives points says why, with what the two share.
 */
public final class OfferMatching {

    static final int PRIORITY_POINTS = 30;
    static final int SDG_POINTS = 10;
    static final int SDG_MAX = 30;
    static final int MEASURE_POINTS = 5;
    static final int MEASURE_MAX = 15;
    static final int MODALITY_POINTS = 15;
    static final int LANGUAGE_POINTS = 10;

    /** The need's modality that each offer's modality answers. */
    private static final Map<OfferModality, Modality> ANSWERS = Map.of(
            OfferModality.SOUTH_SOUTH, Modality.SOUTH_SOUTH,
            OfferModality.TRIANGULAR, Modality.TRIANGULAR,
            OfferModality.TECHNICAL_EXCHANGE, Modality.BILATERAL);

    /** The rules, in the order their reasons are given. */
    public enum Rule { PRIORITY, SDGS, MEASURES, MODALITY, LANGUAGE }

    /** What the rules read of an offer; {@code country} is the offering member state's or observer's code. */
    public record Offer(String country, CidiPriority priority, Collection<Integer> sdgs, Collection<String> measures,
                        OfferModality modality, Collection<String> languages) {

        public Offer {
            sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
            measures = measures == null ? List.of() : List.copyOf(measures);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    /** What the rules read of a need. */
    public record Need(String memberState, CidiPriority priority, Collection<Integer> sdgs,
                       Collection<String> measures, Modality modality) {

        public Need {
            sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /** One rule's points and what the offer and the need share for it. */
    public record Reason(Rule rule, int points, List<String> shared) {
    }

    /** A match: its score, the sum of its reasons' points. */
    public record Match(int score, List<Reason> reasons) {
    }

    private OfferMatching() {
    }

    /** The match of the offer with the need, or empty when they do not match. */
    public static Optional<Match> score(Offer offer, Need need) {
        List<String> sharedSdgs = shared(offer.sdgs(), need.sdgs());
        boolean samePriority = offer.priority() != null && offer.priority() == need.priority();
        if (Objects.equals(offer.country(), need.memberState()) || (!samePriority && sharedSdgs.isEmpty())) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        if (samePriority) {
            reasons.add(new Reason(Rule.PRIORITY, PRIORITY_POINTS, List.of(offer.priority().name())));
        }
        if (!sharedSdgs.isEmpty()) {
            reasons.add(new Reason(Rule.SDGS, Math.min(SDG_MAX, SDG_POINTS * sharedSdgs.size()), sharedSdgs));
        }
        List<String> sharedMeasures = shared(offer.measures(), need.measures());
        if (!sharedMeasures.isEmpty()) {
            reasons.add(new Reason(Rule.MEASURES, Math.min(MEASURE_MAX, MEASURE_POINTS * sharedMeasures.size()),
                    sharedMeasures));
        }
        if (offer.modality() != null && need.modality() != null && ANSWERS.get(offer.modality()) == need.modality()) {
            reasons.add(new Reason(Rule.MODALITY, MODALITY_POINTS, List.of(need.modality().name())));
        }
        List<String> sharedLanguages = shared(offer.languages(), WorkingLanguages.of(need.memberState()));
        if (!sharedLanguages.isEmpty()) {
            reasons.add(new Reason(Rule.LANGUAGE, LANGUAGE_POINTS, sharedLanguages));
        }
        return Optional.of(new Match(reasons.stream().mapToInt(Reason::points).sum(), List.copyOf(reasons)));
    }

    /** What both collections hold, in natural order (numbers as numbers), as text. */
    private static <T extends Comparable<T>> List<String> shared(Collection<T> one, Collection<T> other) {
        TreeSet<T> both = new TreeSet<>(one);
        both.retainAll(other);
        return both.stream().map(String::valueOf).toList();
    }
}
