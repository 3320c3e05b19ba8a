package com.sneakers.marketplace.orders;

import static com.sneakers.marketplace.orders.Lifecycle.Verdict.ALLOWED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

    @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
    @CsvSource({
        "PENDING_PAYMENT, PAID, SYSTEM, ALLOWED",
        "PENDING_PAYMENT, PAID, BUYER, NOT_THIS_ACTOR",
        "PENDING_PAYMENT, PAID, ADMIN, NOT_THIS_ACTOR",
        "PENDING_PAYMENT, CANCELLED, BUYER, ALLOWED",
        "PENDING_PAYMENT, CANCELLED, SELLER, ALLOWED",
        "PENDING_PAYMENT, SHIPPED, SELLER, ILLEGAL",
        "PAID, PROCESSING, SYSTEM, ALLOWED",
        "PAID, PROCESSING, SELLER, NOT_THIS_ACTOR",
        "PAID, SHIPPED, SELLER, ILLEGAL",
        "PROCESSING, SHIPPED, SELLER, ALLOWED",
        "PROCESSING, SHIPPED, BUYER, NOT_THIS_ACTOR",
        "PROCESSING, SHIPPED, ADMIN, NOT_THIS_ACTOR",
        "PROCESSING, CANCELLED, BUYER, ALLOWED",
        "SHIPPED, CANCELLED, BUYER, ILLEGAL",
        "SHIPPED, CANCELLED, ADMIN, ILLEGAL",
        "SHIPPED, DELIVERED, BUYER, ALLOWED",
        "SHIPPED, DELIVERED, ADMIN, ALLOWED",
        "SHIPPED, DELIVERED, SELLER, NOT_THIS_ACTOR",
        "DELIVERED, COMPLETED, BUYER, ALLOWED",
        "DELIVERED, COMPLETED, SYSTEM, ALLOWED",
        "DELIVERED, COMPLETED, SELLER, NOT_THIS_ACTOR",
        "SHIPPED, COMPLETED, BUYER, ILLEGAL",
        "CANCELLED, REFUNDED, SYSTEM, ALLOWED",
        "CANCELLED, REFUNDED, ADMIN, NOT_THIS_ACTOR",
        "PAID, REFUNDED, SYSTEM, ALLOWED",
        "COMPLETED, REFUNDED, SYSTEM, ALLOWED",
        "COMPLETED, REFUNDED, ADMIN, NOT_THIS_ACTOR",
        "CANCELLED, PAID, SYSTEM, ILLEGAL",
        "DELIVERED, SHIPPED, ADMIN, ILLEGAL"
    })
    void decidesEveryStepByStatusAndActor(OrderStatus from, OrderStatus to, Actor actor, Lifecycle.Verdict verdict) {
        assertThat(Lifecycle.check(from, to, actor)).isEqualTo(verdict);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"REFUNDED"})
    void refundedIsFinal(OrderStatus status) {
        assertThat(Lifecycle.next(status)).isEmpty();
    }

    @Test
    void aCompletedOrderCanOnlyStillBeRefunded() {
        assertThat(Lifecycle.next(OrderStatus.COMPLETED)).containsExactly(OrderStatus.REFUNDED);
    }

    @Test
    void anOrderCanBeCancelledUntilItShipsAndNeverAfter() {
        EnumSet<OrderStatus> cancellable = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            if (Lifecycle.check(status, OrderStatus.CANCELLED, Actor.BUYER) == ALLOWED) {
                cancellable.add(status);
            }
        }
        assertThat(cancellable)
                .containsExactlyInAnyOrder(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.PROCESSING);
    }

    @Test
    void everyStatusIsReachableFromPendingPayment() {
        EnumSet<OrderStatus> reached = EnumSet.of(OrderStatus.PENDING_PAYMENT);
        boolean grew = true;
        while (grew) {
            EnumSet<OrderStatus> next = EnumSet.copyOf(reached);
            reached.forEach(status -> next.addAll(Lifecycle.next(status)));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(OrderStatus.values());
    }
}
