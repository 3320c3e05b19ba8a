package com.sneakers.marketplace.orders.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Deadlines;
import com.sneakers.marketplace.platform.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrdersModuleTest {

    @Test
    void deliveryIsAssumedFourteenDaysAfterShipmentUnlessTheDeploymentSaysOtherwise() {
        Deadlines defaults = OrdersModule.deadlines(new Settings(Map.of()));
        Deadlines set = OrdersModule.deadlines(new Settings(Map.of("ORDER_ASSUME_DELIVERED_AFTER", "P21D")));

        assertThat(defaults.assumeDeliveredAfter()).isEqualTo(Duration.ofDays(14));
        assertThat(set.assumeDeliveredAfter()).isEqualTo(Duration.ofDays(21));
        assertThat(set.completeAfterDelivery()).isEqualTo(Duration.ofDays(7));
    }
}
