package org.cooperaflow.domain.fund.api;

import java.util.Objects;

/**
 * Who makes a contribution: a member state by {@code memberState}, a permanent observer by
 * {@code country}, any other contributor by {@code name}.
 */
public record Contributor(ContributorType type, String memberState, String country, String name) {

    public Contributor {
        Objects.requireNonNull(type, "contributor type is required");
    }

    public static Contributor ofMemberState(String memberState) {
        return new Contributor(ContributorType.MEMBER_STATE, memberState, null, null);
    }

    public static Contributor ofPermanentObserver(String country) {
        return new Contributor(ContributorType.PERMANENT_OBSERVER, null, country, null);
    }

    public static Contributor ofOrganisation(ContributorType type, String name) {
        return new Contributor(type, null, null, name);
    }
}
