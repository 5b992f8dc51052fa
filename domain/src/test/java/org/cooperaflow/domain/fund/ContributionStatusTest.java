package org.cooperaflow.domain.fund;

import static org.assertj.core.api.Assertions.assertThat;

import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;

class ContributionStatusTest {

    private static final Money PLEDGED = Money.of("100.00", "EUR");

    private static ContributionStatus status(String receivedEur, String receivedUsd, String allocatedUsd) {
        return ContributionStatus.of(false, PLEDGED, Money.of(receivedEur, "EUR"), Money.usd(receivedUsd),
                Money.usd(allocatedUsd));
    }

    @Test
    void nothingReceivedIsPledged() {
        assertThat(status("0", "0", "0")).isEqualTo(ContributionStatus.PLEDGED);
    }

    @Test
    void partOfThePledgeReceivedIsPartiallyReceived() {
        assertThat(status("40", "44", "0")).isEqualTo(ContributionStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void wholePledgeReceivedIsReceived() {
        assertThat(status("100", "110", "0")).isEqualTo(ContributionStatus.RECEIVED);
    }

    @Test
    void anyAllocationShortOfEverythingIsPartiallyAllocated() {
        assertThat(status("100", "110", "50")).isEqualTo(ContributionStatus.PARTIALLY_ALLOCATED);
        assertThat(status("40", "44", "44")).isEqualTo(ContributionStatus.PARTIALLY_ALLOCATED);
    }

    @Test
    void everyDollarOfTheWholePledgeAllocatedIsAllocated() {
        assertThat(status("100", "110", "110")).isEqualTo(ContributionStatus.ALLOCATED);
    }

    @Test
    void cancelledWinsOverEverything() {
        assertThat(ContributionStatus.of(true, PLEDGED, Money.zero("EUR"), Money.zero("USD"), Money.zero("USD")))
                .isEqualTo(ContributionStatus.CANCELLED);
    }
}
