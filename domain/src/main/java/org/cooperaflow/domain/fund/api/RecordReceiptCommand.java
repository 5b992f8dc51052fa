package org.cooperaflow.domain.fund.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cooperaflow.domain.shared.Money;

/** Record money (or in-kind value) received against a pledge, with the rate to USD on the day (USD per unit). */
public record RecordReceiptCommand(
        @TargetAggregateIdentifier String contributionId,
        Money amount,
        LocalDate receivedOn,
        BigDecimal usdRate) {

    public RecordReceiptCommand {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(receivedOn, "receivedOn is required");
    }
}
