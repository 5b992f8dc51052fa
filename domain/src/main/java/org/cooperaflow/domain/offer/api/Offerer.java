package org.cooperaflow.domain.offer.api;

import java.util.Objects;

/**
 * Who offers: a member state by {@code memberState}, a partner institution by {@code name} and the member state it
 * belongs to, a permanent observer by {@code country}.
 */
public record Offerer(OffererType type, String memberState, String country, String name) {

    public Offerer {
        Objects.requireNonNull(type, "offerer type is required");
    }

    public static Offerer ofMemberState(String memberState) {
        return new Offerer(OffererType.MEMBER_STATE, memberState, null, null);
    }

    public static Offerer ofPartnerInstitution(String memberState, String name) {
        return new Offerer(OffererType.PARTNER_INSTITUTION, memberState, null, name);
    }

    public static Offerer ofPermanentObserver(String country) {
        return new Offerer(OffererType.PERMANENT_OBSERVER, null, country, null);
    }

    /** The member state whose officers act for the offer; null for a permanent observer's. */
    public String ownerState() {
        return type == OffererType.PERMANENT_OBSERVER ? null : memberState;
    }

    /** The country that offers: the member state, or the observer's country. */
    public String countryCode() {
        return type == OffererType.PERMANENT_OBSERVER ? country : memberState;
    }
}
