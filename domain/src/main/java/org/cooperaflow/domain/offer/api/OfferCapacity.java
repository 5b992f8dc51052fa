package org.cooperaflow.domain.offer.api;

/** How much the offerer can take on: a number of places (participants or experts), and a note saying of what. */
public record OfferCapacity(int places, String note) {
}
