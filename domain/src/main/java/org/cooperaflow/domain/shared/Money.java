package org.cooperaflow.domain.shared;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount of money with at most two decimals and at most
 * {@value Decimals#MAX_INTEGER_DIGITS} digits before the decimal point, in an ISO 4217 currency.
 * In JSON (API and stored events) the amount is a decimal string, {@code {"amount": "150000.00",
 * "currency": "USD"}}, so no reader ever parses it as a floating-point number.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency)
        implements Comparable<Money> {

    public static final String USD = "USD";

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        if (!Decimals.fits(amount, Decimals.MAX_INTEGER_DIGITS, Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("amount must have at most " + Decimals.MAX_INTEGER_DIGITS
                    + " digits before the decimal point");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + shown(amount));
        }
        if (!isKnownCurrency(currency)) {
            throw new IllegalArgumentException("unknown currency: " + currency);
        }
        int decimals = Math.min(2, Currency.getInstance(currency).getDefaultFractionDigits());
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException(decimals == 2
                    ? "amount has more than two decimals: " + shown(amount)
                    : "amount has more than " + decimals + " decimals, as " + currency + " has: " + shown(amount));
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount as a client typed it, unless it has so many decimals that it would fill the message. */
    private static String shown(BigDecimal amount) {
        return amount.scale() <= 20 ? amount.toPlainString() : "an amount with " + amount.scale() + " decimals";
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money usd(String amount) {
        return of(amount, USD);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static boolean isKnownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            // gold, test codes and other funds without minor units are no money to pledge or spend
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The sum; a sum past the largest amount is refused as a rule ({@code amount-too-large}), not a defect. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return bounded(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Converts to USD at the given rate (USD per unit of this currency), rounded half-even to cents. */
    public Money toUsd(BigDecimal usdRate) {
        if (USD.equals(currency)) {
            return this;
        }
        Objects.requireNonNull(usdRate, "a USD rate is required to convert " + currency);
        if (usdRate.signum() <= 0) {
            throw new IllegalArgumentException("USD rate must be positive");
        }
        return bounded(amount.multiply(usdRate).setScale(2, RoundingMode.HALF_EVEN), USD);
    }

    private static Money bounded(BigDecimal amount, String currency) {
        if (!Decimals.fits(amount, Decimals.MAX_INTEGER_DIGITS, 2)) {
            throw new DomainRuleViolation("amount-too-large", "the amount would have more than "
                    + Decimals.MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return new Money(amount, currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
