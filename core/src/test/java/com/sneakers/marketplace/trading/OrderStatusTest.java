package com.sneakers.marketplace.trading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void statusesReadAndWriteAsTheirLowerCaseNames() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatus.fromWire(status.wire())).contains(status);
        }
        assertThat(OrderStatus.PARTIALLY_FILLED.wire()).isEqualTo("partially_filled");
        assertThat(OrderStatus.fromWire("ACTIVE")).isEmpty();
        assertThat(OrderStatus.fromWire("open")).isEmpty();
    }

    @Test
    void onlyActiveAndPartiallyFilledOrdersAreLive() {
        assertThat(OrderStatus.values())
                .filteredOn(OrderStatus::isLive)
                .containsExactly(OrderStatus.ACTIVE, OrderStatus.PARTIALLY_FILLED);
    }
}
