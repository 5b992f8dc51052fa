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
    void holdsAtMostFifteenDigitsBeforeTheDecimalPointAndSaysSoWithoutPrintingTheNumber() {
        assertThat(Money.usd("999999999999999.99").amount()).isEqualByComparingTo("999999999999999.99");
        assertThatThrownBy(() -> Money.usd("1000000000000000.00")).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> Money.usd("1e1000")).hasMessageContaining("15 digits")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> Money.usd("1e-1000")).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void aSumOrConversionPastTheLargestAmountIsARefusedRuleNotADefect() {
        Money largest = Money.usd("999999999999999.99");
        assertThatThrownBy(() -> largest.plus(Money.usd("0.01"))).isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).rule()).isEqualTo("amount-too-large"));
        assertThatThrownBy(() -> Money.of("999999999999999.99", "CAD").toUsd(new BigDecimal("2")))
                .isInstanceOf(DomainRuleViolation.class);
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
