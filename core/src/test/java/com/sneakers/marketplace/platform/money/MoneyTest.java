package com.sneakers.marketplace.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsBecomeExactCentsAndBack() {
        assertThat(Money.of(new BigDecimal("230.00"), "USD").minorUnits()).isEqualTo(23_000L);
        assertThat(Money.of(new BigDecimal("0.07"), "USD").minorUnits()).isEqualTo(7L);
        assertThat(Money.of(new BigDecimal("12.5"), "USD").minorUnits()).isEqualTo(1_250L);
        assertThat(Money.of(new BigDecimal("19.990"), "USD").minorUnits()).isEqualTo(1_999L);
        assertThat(Money.ofMinorUnits(23_000L, "USD").amount()).isEqualTo(new BigDecimal("230.00"));
        assertThat(Money.ofMinorUnits(7L, "usd")).isEqualTo(Money.of("0.07", "USD"));
    }

    @Test
    void fractionsOfACentAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.005"), "USD"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsBeyondALongOfCentsAreRefused() {
        assertThatThrownBy(() ->
                        Money.of(new BigDecimal("92233720368547758.08"), "USD").minorUnits())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrencyIsAnUpperCaseIsoCodeAndPaymentProvidersGetItLowerCase() {
        assertThat(Money.of("215.00", "USD").lowerCaseCurrency()).isEqualTo("usd");
        assertThatThrownBy(() -> Money.of("215.00", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("215.00", "US")).isInstanceOf(IllegalArgumentException.class);
    }
}
