package org.cooperaflow.domain.offer.api;

/** How an offer's knowledge is shared. */
public enum OfferModality {
    SOUTH_SOUTH,
    TRIANGULAR,
    TECHNICAL_EXCHANGE
}
