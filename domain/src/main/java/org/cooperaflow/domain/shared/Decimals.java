package org.cooperaflow.domain.shared;

import java.math.BigDecimal;

/**
 * The size of every decimal number the domain keeps. A number enters bounded or not at all: written into an
 * event, a number of a thousand digits could never be read back, and every read model would stop at it.
 */
public final class Decimals {

    /** Digits before the decimal point of money, indicator values and scores: up to a thousand trillion. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Decimals of an indicator value (a rate such as 0.000125). */
    public static final int MAX_INDICATOR_DECIMALS = 6;
    /** Digits before the decimal point of a rate to USD. */
    public static final int MAX_RATE_INTEGER_DIGITS = 9;
    /** Decimals of a rate to USD. */
    public static final int MAX_RATE_DECIMALS = 10;

    private Decimals() {
    }

    /** Whether the value has at most that many digits before and after the decimal point (trailing zeros aside). */
    public static boolean fits(BigDecimal value, int integerDigits, int decimals) {
        if (value == null) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.precision() - stripped.scale() <= integerDigits && Math.max(stripped.scale(), 0) <= decimals;
    }

    /**
     * The value, if it fits; otherwise an {@link IllegalArgumentException} naming the field and the bound (never
     * the value itself, which may be a thousand digits long).
     */
    public static BigDecimal requireFits(String field, BigDecimal value, int integerDigits, int decimals) {
        if (!fits(value, integerDigits, decimals)) {
            throw new IllegalArgumentException(field + ": must have at most " + integerDigits
                    + " digits before the decimal point and " + decimals + " after it");
        }
        return value;
    }
}
