package org.cooperaflow.domain.fund;

import org.cooperaflow.domain.shared.Money;

/**
 * Where a contribution stands. Receipt and allocation are two measures of one pledge; the status
 * reports the furthest step: once anything is allocated it is (PARTIALLY_)ALLOCATED, ALLOCATED only
 * when the whole pledge was received and every received dollar is allocated.
 */
public enum ContributionStatus {
    PLEDGED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    PARTIALLY_ALLOCATED,
    ALLOCATED,
    CANCELLED;

    /**
     * The status of a contribution from its totals: {@code received} in the pledge's currency,
     * {@code receivedUsd} and {@code allocatedUsd} in USD.
     */
    public static ContributionStatus of(boolean cancelled, Money pledged, Money received,
                                        Money receivedUsd, Money allocatedUsd) {
        if (cancelled) {
            return CANCELLED;
        }
        boolean fullyReceived = received.compareTo(pledged) >= 0;
        if (!allocatedUsd.isZero()) {
            return fullyReceived && allocatedUsd.compareTo(receivedUsd) >= 0 ? ALLOCATED : PARTIALLY_ALLOCATED;
        }
        if (!received.isZero()) {
            return fullyReceived ? RECEIVED : PARTIALLY_RECEIVED;
        }
        return PLEDGED;
    }
}
