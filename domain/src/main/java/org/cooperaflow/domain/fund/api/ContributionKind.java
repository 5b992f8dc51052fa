package org.cooperaflow.domain.fund.api;

/** Whether a contribution is money or goods and services valued in money. */
public enum ContributionKind {
    CASH,
    IN_KIND
}
