package org.cooperaflow.workflows.tasks;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.cooperaflow.domain.shared.Money;

/** An amount of money in a task's data, {@code {"amount": "30000.00", "currency": "USD"}}, checked before it becomes {@link Money}. */
public record MoneyData(
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 15, fraction = 2, message = "must have at most two decimals") BigDecimal amount,
        @NotNull @CurrencyCode String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }
}
