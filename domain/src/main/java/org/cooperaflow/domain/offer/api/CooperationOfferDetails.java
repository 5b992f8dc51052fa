package org.cooperaflow.domain.offer.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cooperaflow.domain.shared.CidiPriority;

/** What an offerer can share: the subject, its alignment, how, in which languages, how much and when. */
public record CooperationOfferDetails(
        String title,
        String description,
        Offerer offeredBy,
        CidiPriority priority,
        List<Integer> sdgs,
        List<String> measures,
        OfferModality modality,
        List<String> languages,
        OfferCapacity capacity,
        LocalDate availableFrom,
        LocalDate availableTo) {

    public CooperationOfferDetails {
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(offeredBy, "offeredBy is required");
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        measures = measures == null ? List.of() : List.copyOf(measures);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
