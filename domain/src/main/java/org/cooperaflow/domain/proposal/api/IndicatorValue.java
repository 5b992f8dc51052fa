package org.cooperaflow.domain.proposal.api;

import java.math.BigDecimal;
import java.util.Objects;
import org.cooperaflow.domain.shared.Decimals;

/** The value a results-framework indicator reached in a reporting period. */
public record IndicatorValue(String name, BigDecimal value) {

    public IndicatorValue {
        Objects.requireNonNull(name, "indicator name is required");
        Objects.requireNonNull(value, "indicator value is required");
        Decimals.requireFits("value", value, Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_INDICATOR_DECIMALS);
    }
}
