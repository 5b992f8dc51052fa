package org.cooperaflow.domain.proposal.api;

import java.math.BigDecimal;
import java.util.Objects;
import org.cooperaflow.domain.shared.Decimals;

/**
 * A result indicator of the project's results framework, with its baseline and target (each at most
 * {@value Decimals#MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@value Decimals#MAX_INDICATOR_DECIMALS} after it).
 */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {

    public Indicator {
        Objects.requireNonNull(name, "indicator name is required");
        Decimals.requireFits("baseline", baseline, Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_INDICATOR_DECIMALS);
        Decimals.requireFits("target", target, Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_INDICATOR_DECIMALS);
    }
}
