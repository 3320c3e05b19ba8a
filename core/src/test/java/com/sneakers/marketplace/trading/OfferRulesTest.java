package com.sneakers.marketplace.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfferRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final long USER = 7;

    @Test
    void aValidBidIsCheckedWithItsPriceAtScaleTwoAndItsExpiryCountedFromNow() {
        OfferRules.Checked checked = OfferRules.check(Side.BID, USER, request("215.5", 3, 7), NOW);

        assertThat(checked.offer())
                .isEqualTo(new NewOffer(
                        Side.BID, USER, 1, 2, new BigDecimal("215.50"), 3, NOW.plus(Duration.ofDays(7)), NOW));
    }

    @Test
    void quantityDefaultsToOneAndExpiryToThirtyDaysForABid() {
        NewOffer offer = OfferRules.check(Side.BID, USER, request("100", null, null), NOW)
                .offer();

        assertThat(offer.quantity()).isEqualTo(1);
        assertThat(offer.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void expiryDefaultsToSixtyDaysForAnAsk() {
        NewOffer offer = OfferRules.check(Side.ASK, USER, request("100", null, null), NOW)
                .offer();

        assertThat(offer.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25", "25.00", "99999.99", "100000", "100000.00", "112.50"})
    void pricesFromTheMinimumUpToOneHundredThousandWithAtMostTwoDecimalsAreAccepted(String price) {
        assertThat(OfferRules.check(Side.BID, USER, request(price, 1, 1), NOW).isValid())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.99", "12.50", "1", "0.01", "0", "0.00", "-1"})
    void aPriceBelowTheMinimumOfTwentyFiveIsRefused(String price) {
        assertThat(errors(request(price, 1, 1))).containsExactly(entry("price", "must be at least 25.00"));
    }

    @Test
    void theMinimumPriceIsTheMarketplacesToSet() {
        OfferRules.Checked checked =
                OfferRules.check(Side.ASK, USER, request("40.00", 1, 1), NOW, new BigDecimal("50.00"));

        assertThat(checked.invalid().errors()).containsExactly(entry("price", "must be at least 50.00"));
        assertThat(OfferRules.check(Side.ASK, USER, request("50.00", 1, 1), NOW, new BigDecimal("50.00"))
                        .isValid())
                .isTrue();
    }

    @Test
    void aPriceWithThreeDecimalsIsRefused() {
        assertThat(errors(request("100.001", 1, 1))).containsExactly(entry("price", "must have at most 2 decimals"));
    }

    @Test
    void aPriceAboveOneHundredThousandIsRefused() {
        assertThat(errors(request("100000.01", 1, 1))).containsExactly(entry("price", "must be at most 100000.00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11})
    void aQuantityOutsideOneToTenIsRefused(int quantity) {
        assertThat(errors(request("100", quantity, 1))).containsExactly(entry("quantity", "must be from 1 to 10"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void quantitiesOneAndTenAreAccepted(int quantity) {
        assertThat(OfferRules.check(Side.ASK, USER, request("100", quantity, 1), NOW)
                        .offer()
                        .quantity())
                .isEqualTo(quantity);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 14, 30, 60})
    void eachOfferedExpiryIsAccepted(int days) {
        assertThat(OfferRules.check(Side.ASK, USER, request("100", 1, days), NOW)
                        .offer()
                        .expiresAt())
                .isEqualTo(NOW.plus(Duration.ofDays(days)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 31, 90})
    void anyOtherExpiryIsRefused(int days) {
        assertThat(errors(request("100", 1, days)))
                .containsExactly(entry("expires_in_days", "must be one of 1, 3, 7, 14, 30, 60"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnceUnderItsSnakeCaseName() {
        PlaceOffer nothing = new PlaceOffer(null, null, null, 0, 5);

        assertThat(errors(nothing))
                .containsOnlyKeys("product_id", "size_id", "price", "quantity", "expires_in_days")
                .containsEntry("product_id", "is required")
                .containsEntry("size_id", "is required")
                .containsEntry("price", "is required");
    }

    private static Map<String, String> errors(PlaceOffer request) {
        OfferRules.Checked checked = OfferRules.check(Side.BID, USER, request, NOW);
        assertThat(checked.offer()).isNull();
        return checked.invalid().errors();
    }

    private static PlaceOffer request(String price, Integer quantity, Integer days) {
        return new PlaceOffer(1L, 2L, new BigDecimal(price), quantity, days);
    }
}
