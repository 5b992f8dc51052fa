package org.cooperaflow.app.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.tasks.CurrencyCode;

/** Money in a request: a decimal string with at most two decimals, and a currency. */
public record MoneyBody(
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits and two decimals") BigDecimal amount,
        @NotNull @CurrencyCode String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.amount(), money.currency());
    }
}
