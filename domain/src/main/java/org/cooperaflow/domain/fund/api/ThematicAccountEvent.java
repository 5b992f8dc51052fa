package org.cooperaflow.domain.fund.api;

/** Every fact about a thematic account; sealed so that projections can switch over all of them. */
public sealed interface ThematicAccountEvent permits ThematicAccountOpenedEvent {

    String accountId();
}
