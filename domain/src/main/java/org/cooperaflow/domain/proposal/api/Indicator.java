package org.cooperaflow.domain.proposal.api;

import java.math.BigDecimal;
import java.util.Objects;

/** A result indicator of the project's results framework, with its baseline and target. */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {

    public Indicator {
        Objects.requireNonNull(name, "indicator name is required");
    }
}
