package com.sneakers.marketplace.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentRecords} promises, run against the in-memory records and Postgres alike. */
public abstract class PaymentRecordsContract {
    protected static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    protected abstract PaymentRecords records();

    /** An order waiting for payment: its id and its buyer's. */
    protected abstract OrderOfBuyer newOrder();

    public record OrderOfBuyer(long orderId, long buyerId) {}

    private Payment paid(OrderOfBuyer order, String intent, Instant at) {
        return records()
                .insert(order.orderId(), order.buyerId(), intent, Money.of("221.45", "USD"), at)
                .orElseThrow();
    }

    @Test
    void anOrderHasOnePaymentHoweverOftenItIsRecorded() {
        OrderOfBuyer order = newOrder();

        Payment first = paid(order, "pi_first", T0);
        Optional<Payment> again =
                records().insert(order.orderId(), order.buyerId(), "pi_again", Money.of("221.45", "USD"), T0);

        assertThat(again).isEmpty();
        assertThat(records().byOrder(order.orderId())).contains(first);
        assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(first.amount()).isEqualTo(Money.of("221.45", "USD"));
        assertThat(first.refundedAmount()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(records().byPaymentId(first.paymentId())).contains(first);
        assertThat(records().byIntent("pi_first")).contains(first);
        assertThat(records().byIntent("pi_again")).isEmpty();
    }

    @Test
    void anOrderIsOwedARefundWhileItsPaymentHoldsMoneyNotYetAskedBack() {
        OrderOfBuyer unpaid = newOrder();
        OrderOfBuyer paid = newOrder();
        OrderOfBuyer partlyRefunded = newOrder();
        OrderOfBuyer refundAsked = newOrder();
        paid(unpaid, "pi_owed_unpaid", T0);
        succeeded(paid, "pi_owed_paid");
        Payment partly = succeeded(partlyRefunded, "pi_owed_partly");
        records().insertRefund(partly, "re_owed_partly", Money.of("50.00", "USD"), null, "succeeded", null, T0);
        Payment asked = succeeded(refundAsked, "pi_owed_asked");
        records().insertRefund(asked, "re_owed_asked", Money.of("221.45", "USD"), null, "pending", null, T0);

        assertThat(records()
                        .ordersOwedRefund(List.of(
                                unpaid.orderId(), paid.orderId(), partlyRefunded.orderId(), refundAsked.orderId())))
                .containsExactlyInAnyOrder(paid.orderId(), partlyRefunded.orderId());
        assertThat(records().ordersOwedRefund(List.of())).isEmpty();
    }

    private Payment succeeded(OrderOfBuyer order, String intent) {
        Payment payment = paid(order, intent, T0);
        records().succeeded(payment.id(), Optional.of("ch_" + intent), Optional.empty(), T0);
        return records().byId(payment.id()).orElseThrow();
    }

    @Test
    void aBuyersPaymentsAreListedNewestFirst() {
        OrderOfBuyer older = newOrder();
        OrderOfBuyer newer = newOrder();
        Payment first = paid(older, "pi_older", T0);
        Payment second = records()
                .insert(newer.orderId(), older.buyerId(), "pi_newer", Money.of("99.00", "USD"), T0.plusSeconds(60))
                .orElseThrow();

        var page = records().ofBuyer(older.buyerId(), new Paging(1, 1));

        assertThat(page.items()).extracting(Payment::id).containsExactly(second.id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(records().ofBuyer(older.buyerId(), new Paging(2, 1)).items())
                .extracting(Payment::id)
                .containsExactly(first.id());
    }

    @Test
    void aPaymentIsUnsettledOnceUnchangedForAWhileUntilItIsLookedAtOrSucceeds() {
        Payment payment = paid(newOrder(), "pi_slow", T0);
        Instant weekAgo = T0.minus(Duration.ofDays(7));

        assertThat(records().unsettled(T0.minusSeconds(1), weekAgo, 10)).doesNotContain(payment);
        assertThat(records().unsettled(T0.plusSeconds(600), weekAgo, 10)).contains(payment);

        records().touch(payment.id(), T0.plusSeconds(900));
        assertThat(records().unsettled(T0.plusSeconds(600), weekAgo, 10))
                .extracting(Payment::id)
                .doesNotContain(payment.id());

        records().succeeded(payment.id(), Optional.of("ch_1"), Optional.empty(), T0.plusSeconds(1000));
        assertThat(records().unsettled(T0.plusSeconds(5000), weekAgo, 10))
                .extracting(Payment::id)
                .doesNotContain(payment.id());
    }

    @Test
    void aSuccessKeepsTheChargeAndCardALaterSuccessWithoutThemDoesNotEraseThem() {
        Payment payment = paid(newOrder(), "pi_card", T0);

        records().succeeded(payment.id(), Optional.of("ch_1"), Optional.of(new Card("visa", "4242")), T0);
        records().succeeded(payment.id(), Optional.empty(), Optional.empty(), T0.plusSeconds(5));

        Payment succeeded = records().byId(payment.id()).orElseThrow();
        assertThat(succeeded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(succeeded.stripeChargeId()).isEqualTo("ch_1");
        assertThat(succeeded.cardBrand()).isEqualTo("visa");
        assertThat(succeeded.cardLast4()).isEqualTo("4242");
        assertThat(succeeded.processedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void refundsCountAgainstThePaymentUntilTheyFailAndARefundIsRecordedOnce() {
        Payment payment = paid(newOrder(), "pi_refunds", T0);

        PaymentRefund first =
                records().insertRefund(payment, "re_1", Money.of("50.00", "USD"), "scuffed", "pending", null, T0);
        PaymentRefund again =
                records().insertRefund(payment, "re_1", Money.of("50.00", "USD"), "scuffed", "pending", null, T0);
        records().insertRefund(payment, "re_2", Money.of("20.00", "USD"), null, "pending", null, T0);
        boolean firstSucceeded = records().updateRefund("re_1", "succeeded", T0);
        records().updateRefund("re_2", "failed", T0);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.amount()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(firstSucceeded).isTrue();
        assertThat(records().updateRefund("re_unknown", "succeeded", T0)).isFalse();
        assertThat(records().refundCount(payment.id())).isEqualTo(2);
        assertThat(records().activeRefunds(payment.id())).isEqualByComparingTo("50.00");
        assertThat(records().succeededRefunds(payment.id())).isEqualByComparingTo("50.00");
    }

    @Test
    void aRefundedPaymentKeepsItsRefundedAmountAndStatus() {
        Payment payment = paid(newOrder(), "pi_refunded", T0);
        records().succeeded(payment.id(), Optional.of("ch_2"), Optional.empty(), T0);

        records()
                .refunded(
                        payment.id(),
                        PaymentStatus.PARTIALLY_REFUNDED,
                        Money.of("50.00", "USD"),
                        "scuffed",
                        T0.plusSeconds(60));

        Payment refunded = records().byId(payment.id()).orElseThrow();
        assertThat(refunded.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.refundedAmount()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(refunded.refundedAt()).isEqualTo(T0.plusSeconds(60));
    }
}
