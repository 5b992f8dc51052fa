package org.cooperaflow.projections.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as the public catalog shows it: who offers ({@code offererType}, {@code country}: the member state or
 * observer, {@code institution} for a partner institution), what, how, in which languages, how much and when.
 */
public record CatalogOffer(String id, String offererType, String country, String institution, String title,
                           String description, String priority, List<Integer> sdgs, List<String> measures,
                           String modality, List<String> languages, int places, String capacityNote,
                           LocalDate availableFrom, LocalDate availableTo, String stage, Instant publishedAt) {
}
