package org.cooperaflow.domain.proposal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indicator values are numbers a person can read and a JSON reader can read back: bounded where they enter. */
class IndicatorTest {

    @Test
    void takesFifteenDigitsAndSixDecimals() {
        BigDecimal largest = new BigDecimal("999999999999999.999999");
        assertThat(new Indicator("Teachers trained", "people", largest.negate(), largest).target()).isEqualTo(largest);
        assertThat(new IndicatorValue("Teachers trained", new BigDecimal("0.000001")).value()).isEqualByComparingTo("0.000001");
        assertThat(new IndicatorValue("Teachers trained", new BigDecimal("4.00E+2")).value()).isEqualByComparingTo("400");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000", "1e-1000", "1000000000000000", "0.0000001"})
    void refusesNumbersBeyondThoseBoundsWithoutPrintingThem(String number) {
        BigDecimal value = new BigDecimal(number);
        assertThatThrownBy(() -> new Indicator("Teachers trained", "people", BigDecimal.ZERO, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("target:")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
        assertThatThrownBy(() -> new Indicator("Teachers trained", "people", value, null))
                .hasMessageStartingWith("baseline:");
        assertThatThrownBy(() -> new IndicatorValue("Teachers trained", value)).hasMessageStartingWith("value:");
    }
}
