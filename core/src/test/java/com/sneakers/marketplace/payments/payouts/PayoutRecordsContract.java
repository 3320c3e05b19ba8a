package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PayoutRecords} promises, run against the in-memory records and the JDBC records
 * alike, so the fast payout tests over the former say something true about the latter.
 */
public abstract class PayoutRecordsContract {
    protected static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    protected abstract PayoutRecords records();

    /** A new user who sells. */
    protected abstract long newSeller();

    /** A new completed order sold by {@code sellerId}. */
    protected abstract Order completedOrderOf(long sellerId);

    /** Records what the payments side records when the buyer's payment of the order succeeds. */
    protected abstract void charged(Order order, String chargeId);

    private Payout pending(Order order, Instant at) {
        return records().insertIfAbsent(order, "po_" + order.id(), at);
    }

    private static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void anOrderGetsOnePendingPayoutHoweverOftenItIsRecorded() {
        Order order = completedOrderOf(newSeller());

        Payout first = records().insertIfAbsent(order, "po_first", T0);
        Payout again = records().insertIfAbsent(order, "po_again", minutes(1));

        assertThat(again).isEqualTo(first);
        assertThat(first.payoutId()).isEqualTo("po_first");
        assertThat(first.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(first.orderId()).isEqualTo(order.id());
        assertThat(first.orderNumber()).isEqualTo(order.orderNumber());
        assertThat(first.sellerId()).isEqualTo(order.sellerId());
        assertThat(first.amount()).isEqualTo(order.sellerPayout());
        assertThat(first.createdAt()).isEqualTo(T0);
        assertThat(first.updatedAt()).isEqualTo(T0);
        assertThat(records().find("po_first")).contains(first);
        assertThat(records().find("po_again")).isEmpty();
        assertThat(records().findByOrderNumber(order.orderNumber())).contains(first);
    }

    @Test
    void aMoveFromAStatusThePayoutHasLeftChangesNothing() {
        Payout payout = pending(completedOrderOf(newSeller()), T0);

        boolean claimed =
                records().move(payout.processing("acct_1", payout.amount()), PayoutStatus.PENDING, minutes(1));
        boolean stale = records().move(payout.failed(minutes(2)), PayoutStatus.PENDING, minutes(2));

        assertThat(claimed).isTrue();
        assertThat(stale).isFalse();
        Payout stored = records().find(payout.payoutId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(stored.stripeAccountId()).isEqualTo("acct_1");
        assertThat(stored.updatedAt()).isEqualTo(minutes(1));
    }

    @Test
    void aSettledPayoutKeepsItsTransferAndIsFoundByIt() {
        Payout payout = pending(completedOrderOf(newSeller()), T0);
        Payout processing = payout.processing("acct_1", payout.amount());
        records().move(processing, PayoutStatus.PENDING, minutes(1));

        assertThat(records().move(processing.paid("tr_1", minutes(2)), PayoutStatus.PROCESSING, minutes(2)))
                .isTrue();

        Payout paid = records().lockByTransfer("tr_1").orElseThrow();
        assertThat(paid.payoutId()).isEqualTo(payout.payoutId());
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.stripeAccountId()).isEqualTo("acct_1");
        assertThat(paid.processedAt()).isEqualTo(minutes(2));
        assertThat(paid.createdAt()).isEqualTo(T0);
        assertThat(records().lockByTransfer("tr_unknown")).isEmpty();
    }

    @Test
    void aMoveTheLifecycleForbidsIsRefusedOutright() {
        Payout payout = pending(completedOrderOf(newSeller()), T0);

        assertThatThrownBy(() -> records().move(payout.paid("tr_1", minutes(1)), PayoutStatus.PENDING, minutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(records().find(payout.payoutId()).orElseThrow().status()).isEqualTo(PayoutStatus.PENDING);
    }

    @Test
    void payoutsUnchangedSinceACutoffComeOldestChangeFirstAndATouchCountsAsAChange() {
        long seller = newSeller();
        Payout a = pending(completedOrderOf(seller), T0);
        Payout b = pending(completedOrderOf(seller), minutes(1));
        Payout c = pending(completedOrderOf(seller), minutes(2));
        Payout d = pending(completedOrderOf(seller), minutes(3));
        records().touch(a.payoutId(), minutes(4));
        records().move(d.processing("acct_1", d.amount()), PayoutStatus.PENDING, minutes(5));

        assertThat(records().find(a.payoutId()).orElseThrow().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(records().unchangedSince(PayoutStatus.PENDING, minutes(10), 10))
                .containsExactly(b.payoutId(), c.payoutId(), a.payoutId());
        assertThat(records().unchangedSince(PayoutStatus.PENDING, minutes(10), 2))
                .containsExactly(b.payoutId(), c.payoutId());
        assertThat(records().unchangedSince(PayoutStatus.PENDING, minutes(2), 10))
                .as("changed exactly at the cutoff: not before it")
                .containsExactly(b.payoutId());
        assertThat(records().unchangedSince(PayoutStatus.PROCESSING, minutes(10), 10))
                .containsExactly(d.payoutId());
    }

    @Test
    void aSellersPendingPayoutsComeInTheOrderTheyWereMade() {
        long seller = newSeller();
        Payout first = pending(completedOrderOf(seller), T0);
        Payout claimed = pending(completedOrderOf(seller), minutes(1));
        Payout third = pending(completedOrderOf(seller), minutes(2));
        pending(completedOrderOf(newSeller()), minutes(3));
        records().move(claimed.processing("acct_1", claimed.amount()), PayoutStatus.PENDING, minutes(4));

        assertThat(records().pendingOfSeller(seller)).containsExactly(first.payoutId(), third.payoutId());
    }

    @Test
    void aSellerListsTheirOwnPayoutsNewestFirstByPageAndStatus() {
        long seller = newSeller();
        Payout oldest = pending(completedOrderOf(seller), T0);
        Payout middle = pending(completedOrderOf(seller), minutes(1));
        Payout newest = pending(completedOrderOf(seller), minutes(2));
        long other = newSeller();
        pending(completedOrderOf(other), minutes(3));
        records().move(oldest.processing("acct_1", oldest.amount()), PayoutStatus.PENDING, minutes(4));

        Page<Payout> first = records().listOfSeller(seller, null, new Paging(1, 2));
        Page<Payout> second = records().listOfSeller(seller, null, new Paging(2, 2));
        Page<Payout> pending = records().listOfSeller(seller, PayoutStatus.PENDING, new Paging(1, 20));

        assertThat(first.items()).extracting(Payout::payoutId).containsExactly(newest.payoutId(), middle.payoutId());
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.items()).extracting(Payout::payoutId).containsExactly(oldest.payoutId());
        assertThat(second.items().get(0).status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(pending.items()).extracting(Payout::payoutId).containsExactly(newest.payoutId(), middle.payoutId());
        assertThat(pending.total()).isEqualTo(2);
        assertThat(records()
                        .listOfSeller(other, PayoutStatus.PROCESSING, new Paging(1, 20))
                        .total())
                .isZero();
    }

    @Test
    void anOrdersChargeIsKnownOnceItsPaymentRecordedIt() {
        long seller = newSeller();
        Order paid = completedOrderOf(seller);
        Order other = completedOrderOf(seller);

        assertThat(records().chargeOf(paid.id())).isEmpty();
        charged(paid, "ch_1");

        assertThat(records().chargeOf(paid.id())).contains("ch_1");
        assertThat(records().chargeOf(other.id())).isEmpty();
    }
}
