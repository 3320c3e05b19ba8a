package com.sneakers.marketplace.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
    private final FeeSchedule fees = FeeSchedule.DEFAULT;

    @Test
    void aSaleOf215ChargesTheBuyerThreePercentAndKeepsNinePercentOfThePayout() {
        OrderAmounts amounts = fees.amountsFor(new BigDecimal("215.00"), 1);

        assertThat(amounts.buyerFee()).isEqualByComparingTo("6.45");
        assertThat(amounts.sellerFee()).isEqualByComparingTo("19.35");
        assertThat(amounts.platformFee()).isEqualByComparingTo("25.80");
        assertThat(amounts.totalAmount()).isEqualByComparingTo("221.45");
        assertThat(amounts.sellerPayout()).isEqualByComparingTo("195.65");
    }

    @Test
    void feesRoundHalfUpToTheCent() {
        OrderAmounts amounts = fees.amountsFor(new BigDecimal("100.50"), 1);

        assertThat(amounts.buyerFee()).isEqualByComparingTo("3.02"); // 3.015
        assertThat(amounts.sellerFee()).isEqualByComparingTo("9.05"); // 9.045
    }

    @Test
    void theSellerFeeIsNeverBelowItsMinimum() {
        assertThat(fees.amountsFor(new BigDecimal("40.00"), 1).sellerFee()).isEqualByComparingTo("5.00");
    }

    @Test
    void theSellerFeeNeverExceedsTheSaleSoThePayoutIsNeverNegative() {
        OrderAmounts amounts = fees.amountsFor(new BigDecimal("3.00"), 1);

        assertThat(amounts.sellerFee()).isEqualByComparingTo("3.00");
        assertThat(amounts.sellerPayout()).isEqualByComparingTo("0.00");
    }

    @Test
    void ratesApplyToThePriceOfAllUnits() {
        OrderAmounts amounts = fees.amountsFor(new BigDecimal("200.00"), 3);

        assertThat(amounts.buyerFee()).isEqualByComparingTo("18.00");
        assertThat(amounts.sellerFee()).isEqualByComparingTo("54.00");
        assertThat(amounts.totalAmount()).isEqualByComparingTo("618.00");
        assertThat(amounts.sellerPayout()).isEqualByComparingTo("546.00");
    }

    @Test
    void aScheduleWithARateOfOneHundredPercentOrMoreIsABug() {
        assertThatThrownBy(() -> new FeeSchedule(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theAmountsAlwaysAddUp(
            @ForAll @BigRange(min = "0.01", max = "99999.99") @Scale(2) BigDecimal price,
            @ForAll @IntRange(min = 1, max = 20) int quantity) {
        OrderAmounts amounts = fees.amountsFor(price, quantity);
        BigDecimal subtotal = price.multiply(BigDecimal.valueOf(quantity));

        assertThat(amounts.platformFee())
                .isEqualByComparingTo(amounts.buyerFee().add(amounts.sellerFee()));
        assertThat(amounts.totalAmount()).isEqualByComparingTo(subtotal.add(amounts.buyerFee()));
        assertThat(amounts.sellerPayout()).isEqualByComparingTo(subtotal.subtract(amounts.sellerFee()));
        assertThat(amounts.totalAmount().subtract(amounts.sellerPayout())).isEqualByComparingTo(amounts.platformFee());
        assertThat(amounts.sellerPayout().signum()).isNotNegative();
        assertThat(amounts.sellerFee())
                .isGreaterThanOrEqualTo(fees.sellerMinimum().min(subtotal));
        assertThat(new BigDecimal[] {
                    amounts.buyerFee(),
                    amounts.sellerFee(),
                    amounts.platformFee(),
                    amounts.totalAmount(),
                    amounts.sellerPayout()
                })
                .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
    }

    @Property
    void eachFeeIsItsRateOfTheSaleWithinHalfACent(
            @ForAll @BigRange(min = "56.00", max = "99999.99") @Scale(2) BigDecimal price,
            @ForAll @IntRange(min = 1, max = 20) int quantity) {
        OrderAmounts amounts = fees.amountsFor(price, quantity);
        BigDecimal subtotal = price.multiply(BigDecimal.valueOf(quantity));
        BigDecimal halfCent = new BigDecimal("0.005");

        assertThat(amounts.buyerFee()
                        .subtract(subtotal.multiply(fees.buyerRate()))
                        .abs())
                .isLessThanOrEqualTo(halfCent);
        assertThat(amounts.sellerFee()
                        .subtract(subtotal.multiply(fees.sellerRate()))
                        .abs())
                .isLessThanOrEqualTo(halfCent);
    }
}
