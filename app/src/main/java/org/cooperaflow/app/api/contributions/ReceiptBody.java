package org.cooperaflow.app.api.contributions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;

/**
 * The body of {@code POST /api/contributions/{id}/receipts}: money received against the pledge,
 * on a date, at a rate to USD (USD per unit; none, or 1, for USD).
 */
public record ReceiptBody(
        @NotNull @Valid MoneyBody amount,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate receivedOn,
        @Positive @Digits(integer = 9, fraction = 10, message = "must have at most 9 digits and 10 decimals")
        BigDecimal usdRate) {

    public RecordReceiptCommand toCommand(String contributionId) {
        return new RecordReceiptCommand(contributionId, amount.toMoney(), receivedOn, usdRate);
    }
}
