package org.cooperaflow.projections.funding;

import java.util.List;

/**
 * The funding dashboard, in USD as exact decimal strings. {@code pledged}: pledges not cancelled,
 * in USD when pledged in USD or valued at the rate of their latest receipt; pledges in another
 * currency with no receipt yet are counted in {@code pledgesWithoutUsdValue} only.
 * {@code available} = received − allocated. {@code gap} = for proposals approved and not yet
 * funded, approved amount − allocated to them (by the account the proposal asks for).
 */
public record FundingDashboard(Figures total, List<AccountFigures> accounts, List<ContributorTypeFigures> contributorTypes) {

    /** The money figures of one group. */
    public record Figures(String pledged, String received, String allocated, String available, String gap,
                          long contributions, long pledgesWithoutUsdValue, long proposalsAwaitingFunds) {
    }

    /** One thematic account; {@code accountId} null is the unearmarked part of the fund. */
    public record AccountFigures(String accountId, String name, Figures figures) {
    }

    /** One type of contributor; the gap is a figure of accounts, not of contributors, so it is "0.00" here. */
    public record ContributorTypeFigures(String contributorType, Figures figures) {
    }
}
