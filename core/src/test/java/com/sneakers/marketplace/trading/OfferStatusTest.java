package com.sneakers.marketplace.trading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferStatusTest {

    @Test
    void statusesReadAndWriteAsTheirLowerCaseNames() {
        for (OfferStatus status : OfferStatus.values()) {
            assertThat(OfferStatus.fromWire(status.wire())).contains(status);
        }
        assertThat(OfferStatus.PARTIALLY_FILLED.wire()).isEqualTo("partially_filled");
        assertThat(OfferStatus.fromWire("ACTIVE")).isEmpty();
        assertThat(OfferStatus.fromWire("open")).isEmpty();
    }

    @Test
    void onlyActiveAndPartiallyFilledOffersAreLive() {
        assertThat(OfferStatus.values())
                .filteredOn(OfferStatus::isLive)
                .containsExactly(OfferStatus.ACTIVE, OfferStatus.PARTIALLY_FILLED);
    }
}
