package com.sneakers.marketplace.payments.payouts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.payments.payouts.MissedPayouts;
import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.platform.redrive.Redrive;
import com.sneakers.marketplace.testing.FakeStripe;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestContexts;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestOrders;
import com.sneakers.marketplace.testing.TestRows;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A completed order whose {@code order.completed} never reached the payout function gets its payout from the re-drive. */
class MissedPayoutsIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final TestOrders orders = new TestOrders(database, clock);
    private final FakeStripe stripe = new FakeStripe();
    private final RecordingPublisher bus = new RecordingPublisher();
    private final MissedPayouts missed = TestContexts.payouts(database, bus.outbox(database, clock), stripe, clock)
            .missedPayouts();

    @Test
    void aCompletedOrderWithoutPayoutGetsItRecordedAndPaidAfterTheGracePeriodAndNotBefore() {
        Order order = completedNow("215.00");
        orders.charged(order, "ch_missed");
        orders.sellerAccount(order.sellerId(), "acct_missed", true);
        clock.advance(Duration.ofMinutes(14));
        assertThat(missed.recordMissing(10).redriven())
                .as("within the grace period")
                .isZero();
        assertThat(payoutsOf(order)).isZero();

        clock.advance(Duration.ofMinutes(2));
        Redrive.Result result = missed.recordMissing(10);

        assertThat(result).isEqualTo(new Redrive.Result(1, 0));
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("paid");
        assertThat(stripe.transfersMade()).hasSize(1);
        assertThat(missed.recordMissing(10).redriven()).as("done once").isZero();
    }

    @Test
    void aPayoutThatMustWaitIsStillRecordedSoTheReconciliationTakesItFromThere() {
        Order order = completedNow("215.00");
        clock.advance(Duration.ofMinutes(20));

        assertThat(missed.recordMissing(10).redriven()).isEqualTo(1);
        assertThat(rows.text("SELECT status FROM payouts WHERE order_id = ?", order.id()))
                .isEqualTo("pending");
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void anOrderThatHasItsPayoutOrIsNoLongerCompletedIsLeftAlone() {
        Order refunded = completedNow("215.00");
        orders.status(refunded.id(), "refunded");
        Order paidOut = completedNow("220.00");
        TestContexts.payouts(database, bus.outbox(database, clock), stripe, clock)
                .payouts()
                .recordCompletedOrder(new OrderId(paidOut.id()));
        clock.advance(Duration.ofMinutes(20));

        assertThat(missed.recordMissing(10).redriven()).isZero();
        assertThat(payoutsOf(refunded)).isZero();
        assertThat(payoutsOf(paidOut)).isEqualTo(1);
    }

    /** Completed now, as the buyer's confirmation or the automatic completion stamps it. */
    private Order completedNow(String price) {
        Order order = orders.completed(price);
        rows.execute("UPDATE orders SET completed_at = ? WHERE id = ?", SqlTime.utc(clock.instant()), order.id());
        return order;
    }

    private long payoutsOf(Order order) {
        return rows.number("SELECT count(*) FROM payouts WHERE order_id = ?", order.id());
    }
}
