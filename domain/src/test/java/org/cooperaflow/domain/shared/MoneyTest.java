package org.cooperaflow.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsExactlyTwoDecimals() {
        assertThat(Money.of("150000", "USD").amount()).isEqualTo(new BigDecimal("150000.00"));
        assertThat(Money.of("0.1", "EUR").toString()).isEqualTo("0.10 EUR");
    }

    @Test
    void refusesNegativeAmountsAndMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.of("-1.00", "USD")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.of("1.001", "USD")).hasMessageContaining("two decimals");
    }

    @Test
    void refusesDecimalsThatTheCurrencyDoesNotHave() {
        assertThat(Money.of("1000000", "JPY").amount()).isEqualByComparingTo("1000000");
        assertThatThrownBy(() -> Money.of("1000000.50", "JPY")).hasMessageContaining("0 decimals");
    }

    @Test
    void knowsOnlyIsoCurrenciesThatAreMoney() {
        assertThat(Money.isKnownCurrency("CAD")).isTrue();
        assertThat(Money.isKnownCurrency("cad")).isFalse();
        assertThat(Money.isKnownCurrency("XAU")).isFalse();
        assertThat(Money.isKnownCurrency("ABC")).isFalse();
    }

    @Test
    void convertsToUsdAtTheRecordedRateRoundingHalfEvenToTheCent() {
        assertThat(Money.of("10000.00", "CAD").toUsd(new BigDecimal("0.73"))).isEqualTo(Money.usd("7300.00"));
        assertThat(Money.of("333.33", "EUR").toUsd(new BigDecimal("1.0812345678"))).isEqualTo(Money.usd("360.41"));
        assertThat(Money.usd("5.00").toUsd(null)).isEqualTo(Money.usd("5.00"));
        assertThatThrownBy(() -> Money.of("1.00", "EUR").toUsd(BigDecimal.ZERO)).hasMessageContaining("positive");
    }
}
