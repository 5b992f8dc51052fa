package org.cooperaflow.projections.offers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.cooperaflow.domain.offer.OfferMatching;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.projections.catalog.CatalogNeed;
import org.cooperaflow.projections.catalog.NeedsCatalogQuery;
import org.springframework.stereotype.Service;

/**
 * The best matches of a need among the published offers, and of an offer among the open needs: the candidates that
 * share the priority or an SDG are read from the catalogs' tables and scored by {@link OfferMatching}, best first.
 */
@Service
public class OfferMatchQuery {

    /** How many candidates of a catalog are scored at most, the newest first. */
    static final int CANDIDATES = 1000;

    /** A published offer that answers a need: its score and the reasons for it. */
    public record MatchedOffer(CatalogOffer offer, int score, List<OfferMatching.Reason> reasons) {
    }

    /** An open need that an offer answers: its score and the reasons for it. */
    public record MatchedNeed(CatalogNeed need, int score, List<OfferMatching.Reason> reasons) {
    }

    private final OffersCatalogQuery offers;
    private final NeedsCatalogQuery needs;

    public OfferMatchQuery(OffersCatalogQuery offers, NeedsCatalogQuery needs) {
        this.offers = offers;
        this.needs = needs;
    }

    /** Whether the offer and the need are a match, and its score: the same rules as the lists of matches. */
    public static Optional<OfferMatching.Match> match(CooperationOfferDetails offer, CooperationRequestDetails need) {
        return OfferMatching.score(matchedOffer(offer), matchedNeed(need));
    }

    /** The best {@code limit} published offers for the need. */
    public List<MatchedOffer> offersFor(CooperationRequestDetails need, int limit) {
        OfferMatching.Need matched = matchedNeed(need);
        return best(offers.publishedSharing(name(need.priority()), need.sdgs(), need.memberState(), CANDIDATES),
                offer -> OfferMatching.score(of(offer), matched).map(m -> new MatchedOffer(offer, m.score(),
                        m.reasons())), MatchedOffer::score, limit);
    }

    /** The best {@code limit} open needs for the offer. */
    public List<MatchedNeed> needsFor(CooperationOfferDetails offer, int limit) {
        OfferMatching.Offer matched = matchedOffer(offer);
        return best(needs.openSharing(name(offer.priority()), offer.sdgs(), offer.offeredBy().countryCode(),
                        CANDIDATES),
                need -> OfferMatching.score(matched, of(need)).map(m -> new MatchedNeed(need, m.score(), m.reasons())),
                MatchedNeed::score, limit);
    }

    private static OfferMatching.Offer matchedOffer(CooperationOfferDetails offer) {
        return new OfferMatching.Offer(offer.offeredBy().countryCode(), offer.priority(), offer.sdgs(),
                offer.measures(), offer.modality(), offer.languages());
    }

    private static OfferMatching.Need matchedNeed(CooperationRequestDetails need) {
        return new OfferMatching.Need(need.memberState(), need.priority(), need.sdgs(), List.of(), need.modality());
    }

    private static <C, M> List<M> best(List<C> candidates, Function<C, Optional<M>> match,
                                       ToIntFunction<M> score, int limit) {
        // a stable sort: equal scores keep the catalog's order, newest publication first
        return candidates.stream().map(match).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(score).reversed()).limit(limit).toList();
    }

    private static OfferMatching.Offer of(CatalogOffer offer) {
        return new OfferMatching.Offer(offer.country(), offer.priority() == null ? null
                : CidiPriority.valueOf(offer.priority()), offer.sdgs(), offer.measures(),
                offer.modality() == null ? null : OfferModality.valueOf(offer.modality()),
                offer.languages());
    }

    private static OfferMatching.Need of(CatalogNeed need) {
        return new OfferMatching.Need(need.memberState(), need.priority() == null ? null
                : CidiPriority.valueOf(need.priority()), need.sdgs(), List.of(),
                need.modality() == null ? null : Modality.valueOf(need.modality()));
    }

    private static String name(CidiPriority priority) {
        return priority == null ? null : priority.name();
    }
}
