package org.cooperaflow.domain.fund.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.cooperaflow.domain.shared.Decimals;
import org.cooperaflow.domain.shared.Money;

/** A receipt against a pledge, with its USD equivalent at the recorded rate and the running totals. */
@Revision("1")
public record ContributionReceivedEvent(
        String contributionId,
        Money amount,
        LocalDate receivedOn,
        BigDecimal usdRate,
        Money usdAmount,
        Money totalReceived,
        Money totalReceivedUsd) implements FundContributionEvent {

    public ContributionReceivedEvent {
        Decimals.requireFits("usdRate", usdRate, Decimals.MAX_RATE_INTEGER_DIGITS, Decimals.MAX_RATE_DECIMALS);
    }
}
