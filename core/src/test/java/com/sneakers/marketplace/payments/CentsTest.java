package com.sneakers.marketplace.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CentsTest {

    @Test
    void amountsBecomeExactCentsAndBack() {
        assertThat(Cents.of(new BigDecimal("230.00"))).isEqualTo(23_000L);
        assertThat(Cents.of(new BigDecimal("0.07"))).isEqualTo(7L);
        assertThat(Cents.of(new BigDecimal("12.5"))).isEqualTo(1_250L);
        assertThat(Cents.of(new BigDecimal("19.990"))).isEqualTo(1_999L);
        assertThat(Cents.toAmount(23_000L)).isEqualTo(new BigDecimal("230.00"));
        assertThat(Cents.toAmount(7L)).isEqualTo(new BigDecimal("0.07"));
    }

    @Test
    void fractionsOfACentAreRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Cents.of(new BigDecimal("10.005"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsBeyondALongOfCentsAreRefused() {
        assertThatThrownBy(() -> Cents.of(new BigDecimal("92233720368547758.08")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
