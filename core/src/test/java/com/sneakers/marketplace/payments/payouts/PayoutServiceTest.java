package com.sneakers.marketplace.payments.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderId;
import com.sneakers.marketplace.orders.OrderStatus;
import com.sneakers.marketplace.payments.ConnectedAccount;
import com.sneakers.marketplace.payments.GatewayResult;
import com.sneakers.marketplace.payments.NewTransfer;
import com.sneakers.marketplace.payments.PaymentGatewayUnavailable;
import com.sneakers.marketplace.payments.SellerClawback;
import com.sneakers.marketplace.payments.Transfer;
import com.sneakers.marketplace.payments.ledger.InMemoryLedger;
import com.sneakers.marketplace.payments.ledger.Journal;
import com.sneakers.marketplace.payments.ledger.JournalKind;
import com.sneakers.marketplace.payments.payouts.RecordingPayoutEventLog.Logged;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.testing.DirectUnitOfWork;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingGateway;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The payout rules over in-memory ports: no database and no Stripe, so every rule is checked in milliseconds. */
class PayoutServiceTest {
    private static final long SELLER = 20;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemoryOrderSteps orders = new InMemoryOrderSteps();
    private final InMemoryPayoutRecords records = new InMemoryPayoutRecords();
    private final InMemorySellerAccounts accounts = new InMemorySellerAccounts();
    private final RecordingPayoutEventLog events = new RecordingPayoutEventLog();
    private final RecordingGateway stripe = new RecordingGateway();
    private final AtomicInteger transfers = new AtomicInteger();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final PayoutService payouts =
            new PayoutService(new DirectUnitOfWork(), records, accounts, orders, events, () -> stripe, ledger, clock);

    PayoutServiceTest() {
        stripe.answerTransfers(transfer -> GatewayResult.succeeded(
                new Transfer("tr_" + transfers.incrementAndGet(), transfer.amountCents(), false)));
    }

    @Test
    void aCompletedOrderOfAnEnabledSellerIsTransferredOnceFromItsChargeAndPaid() {
        Order order = ready("ch_paid");
        String payoutId = recorded(order);

        PayoutAttempt attempt = payouts.attempt(payoutId);
        PayoutAttempt again = payouts.attempt(payoutId);

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PAID);
        assertThat(attempt.payout().stripeTransferId()).isEqualTo("tr_1");
        assertThat(attempt.payout().processedAt()).isEqualTo(clock.instant());
        assertThat(stripe.transfers())
                .containsExactly(new NewTransfer(
                        order.amounts().sellerPayout().movePointRight(2).longValueExact(),
                        "usd",
                        "acct_enabled",
                        order.orderNumber(),
                        "ch_paid",
                        payoutId));
        assertThat(again.note()).isEqualTo("already paid");
        assertThat(events.logged()).containsExactly(new Logged("payout.paid", payoutId, "transferred as tr_1"));
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.PAID);
    }

    @Test
    void aCompletedOrderHasOnePayoutHoweverOftenItIsRecorded() {
        Order order = ready("ch_1");

        String first = recorded(order);

        assertThat(recorded(order)).isEqualTo(first);
        assertThat(records.pendingOfSeller(SELLER)).containsExactly(first);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void anOrderThatIsNotCompletedGetsNoPayout(OrderStatus status) {
        Order order = ready("ch_1");
        orders.status(order.id(), status);

        assertThat(payouts.recordCompletedOrder(new OrderId(order.id()))).isEmpty();
        assertThat(records.pendingOfSeller(SELLER)).isEmpty();
    }

    @Test
    void aSellerWithoutAnAccountWaitsAndThePayoutIsMarkedLookedAt() {
        Order order = orders.completed(SELLER, "215.00");
        records.charged(order.id(), "ch_1");
        String payoutId = recorded(order);
        clock.advance(Duration.ofMinutes(1));

        PayoutAttempt attempt = payouts.attempt(payoutId);

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(attempt.note()).isEqualTo("the seller has no payout account");
        assertThat(records.find(payoutId).orElseThrow().updatedAt()).isEqualTo(clock.instant());
        assertThat(stripe.transfers()).isEmpty();
        assertThat(events.logged()).isEmpty();
    }

    @Test
    void aSellerStillOnboardingWaitsAndThePayoutIsMarkedLookedAt() {
        Order order = orders.completed(SELLER, "215.00");
        records.charged(order.id(), "ch_1");
        accounts.insertIfAbsent(SELLER, new ConnectedAccount("acct_onboarding", false, false, true), clock.instant());
        String payoutId = recorded(order);
        clock.advance(Duration.ofMinutes(1));

        PayoutAttempt attempt = payouts.attempt(payoutId);

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(records.find(payoutId).orElseThrow().updatedAt()).isEqualTo(clock.instant());
        assertThat(stripe.transfers()).isEmpty();
        assertThat(events.logged()).isEmpty();
    }

    @Test
    void aPayoutWhoseChargeIsNotKnownYetWaitsWithoutATransfer() {
        Order order = orders.completed(SELLER, "215.00");
        accounts.insertIfAbsent(SELLER, new ConnectedAccount("acct_enabled", true, true, true), clock.instant());

        PayoutAttempt attempt = payouts.attempt(recorded(order));

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(attempt.note()).isEqualTo("the order's charge is not known yet");
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aPayoutWhoseOrderWasRefundedMeanwhileFailsWithTheReasonAndNoTransfer() {
        Order order = ready("ch_1");
        String payoutId = recorded(order);
        orders.status(order.id(), OrderStatus.REFUNDED);

        PayoutAttempt attempt = payouts.attempt(payoutId);

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(attempt.note()).isEqualTo("the order is refunded, not completed");
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(stripe.transfers()).isEmpty();
        assertThat(events.logged())
                .containsExactly(new Logged("payout.failed", payoutId, "the order is refunded, not completed"));
    }

    @Test
    void stripeRefusingTheTransferFailsThePayoutOnceAndLogsPayoutFailed() {
        Order order = ready("ch_refused");
        String payoutId = recorded(order);
        stripe.answerTransfers(transfer -> new GatewayResult.Rejected<>(
                400, Optional.of("insufficient_funds"), "Insufficient funds in the platform balance"));

        PayoutAttempt attempt = payouts.attempt(payoutId);
        PayoutAttempt again = payouts.attempt(payoutId);

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(again.note()).isEqualTo("already failed");
        assertThat(stripe.transfers()).hasSize(1);
        assertThat(events.types()).containsExactly("payout.failed");
    }

    @Test
    void stripeUnreachableLeavesThePayoutPendingAndTheRetryUsesTheSameIdempotencyKey() {
        Order order = ready("ch_outage");
        String payoutId = recorded(order);
        stripe.answerTransfers(transfer -> {
            throw new PaymentGatewayUnavailable("Stripe answered 503", new IOException("503"));
        });

        assertThatThrownBy(() -> payouts.attempt(payoutId)).isInstanceOf(PaymentGatewayUnavailable.class);
        Payout released = records.find(payoutId).orElseThrow();
        assertThat(released.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(released.stripeTransferId()).isNull();
        assertThat(events.logged()).isEmpty();

        stripe.answerTransfers(
                transfer -> GatewayResult.succeeded(new Transfer("tr_after_outage", transfer.amountCents(), false)));
        assertThat(payouts.attempt(payoutId).payout().stripeTransferId()).isEqualTo("tr_after_outage");
        assertThat(stripe.transfers()).extracting(NewTransfer::idempotencyKey).containsExactly(payoutId, payoutId);
        assertThat(events.types()).containsExactly("payout.paid");
    }

    @Test
    void reconciliationPaysAWaitingPayoutOnceTheSellerIsEnabledAndTheRetryDelayHasPassed() {
        Order order = orders.completed(SELLER, "215.00");
        records.charged(order.id(), "ch_1");
        accounts.insertIfAbsent(SELLER, new ConnectedAccount("acct_later", false, false, false), clock.instant());
        String payoutId = recorded(order);
        assertThat(payouts.attempt(payoutId).payout().status()).isEqualTo(PayoutStatus.PENDING);
        accounts.updateFlags(new ConnectedAccount("acct_later", true, true, true), clock.instant());

        clock.advance(PayoutService.RETRY_WAITING_AFTER);
        Reconciliation tooEarly = payouts.reconcile(clock.instant(), 10);
        clock.advance(Duration.ofSeconds(1));
        Reconciliation later = payouts.reconcile(clock.instant(), 10);

        assertThat(tooEarly.paid())
                .as("looked at exactly the retry delay ago: not yet")
                .isZero();
        assertThat(later.paid()).isEqualTo(1);
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.PAID);
        assertThat(stripe.transfers())
                .extracting(NewTransfer::destinationAccountId)
                .containsExactly("acct_later");
        assertThat(events.types()).containsExactly("payout.paid");
    }

    @Test
    void aFullyReversedTransferMakesItsPaidPayoutReversedOnce() {
        String payoutId = recorded(ready("ch_1"));
        String transferId = payouts.attempt(payoutId).payout().stripeTransferId();

        Money whole = records.find(payoutId).orElseThrow().amount();
        assertThat(payouts.transferReversed(transferId, whole)).isTrue();
        assertThat(payouts.transferReversed(transferId, whole))
                .as("already reversed")
                .isTrue();

        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.REVERSED);
        assertThat(events.logged())
                .containsExactly(
                        new Logged("payout.paid", payoutId, "transferred as " + transferId),
                        new Logged("payout.reversed", payoutId, "the transfer was reversed"));
        assertThat(payouts.transferReversed("tr_someone_elses", whole)).isFalse();
        assertThat(ledger.journals())
                .extracting(Journal::kind)
                .containsExactly(JournalKind.TRANSFER, JournalKind.TRANSFER_REVERSAL);
    }

    @Test
    void aPartialRefundMakesThePayoutSmallerByTheSellersShare() {
        Order order = ready("ch_partly_refunded");
        records.refunded(order.id(), new BigDecimal("50.00"));

        PayoutAttempt attempt = payouts.attempt(recorded(order));

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PAID);
        assertThat(attempt.payout().amount()).isEqualTo(Money.of("145.65", "USD"));
        assertThat(stripe.transfers()).singleElement().satisfies(transfer -> assertThat(transfer.amountCents())
                .isEqualTo(14_565));
        assertThat(ledger.journals()).singleElement().satisfies(journal -> assertThat(journal.kind())
                .isEqualTo(JournalKind.TRANSFER));
    }

    @Test
    void noPayoutIsMadeWhenRefundsGaveTheBuyerTheSellersWholeShare() {
        Order order = ready("ch_refunded");
        records.refunded(order.id(), new BigDecimal("195.65"));

        PayoutAttempt attempt = payouts.attempt(recorded(order));

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aPendingRefundHoldsThePayout() {
        Order order = ready("ch_refund_pending");
        records.refundPending(order.id(), true);

        PayoutAttempt attempt = payouts.attempt(recorded(order));

        assertThat(attempt.payout().status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(stripe.transfers()).isEmpty();
    }

    @Test
    void aRefundAfterThePayoutReversesTheSellersShareOfTheTransferOnce() {
        Order order = ready("ch_paid_out");
        String payoutId = recorded(order);
        String transferId = payouts.attempt(payoutId).payout().stripeTransferId();

        SellerClawback.Clawback first =
                payouts.reclaim(new OrderId(order.id()), Money.of("50.00", "USD"), "payment-1-refund-1-reversal");
        SellerClawback.Clawback rest =
                payouts.reclaim(new OrderId(order.id()), Money.of("500.00", "USD"), "payment-1-refund-2-reversal");
        SellerClawback.Clawback nothingLeft =
                payouts.reclaim(new OrderId(order.id()), Money.of("1.00", "USD"), "payment-1-refund-3-reversal");

        assertThat(first).isEqualTo(new SellerClawback.Clawback.Reversed(Money.of("50.00", "USD")));
        assertThat(rest).isEqualTo(new SellerClawback.Clawback.Reversed(Money.of("145.65", "USD")));
        assertThat(nothingLeft).isEqualTo(new SellerClawback.Clawback.NothingPaidOut());
        assertThat(stripe.reversals())
                .containsExactly(
                        transferId + " 50.00 USD payment-1-refund-1-reversal",
                        transferId + " 145.65 USD payment-1-refund-2-reversal");
        assertThat(records.find(payoutId).orElseThrow().status()).isEqualTo(PayoutStatus.REVERSED);
        assertThat(ledger.journals())
                .extracting(Journal::kind)
                .containsExactly(JournalKind.TRANSFER, JournalKind.TRANSFER_REVERSAL, JournalKind.TRANSFER_REVERSAL);
    }

    @Test
    void aRefundBeforeThePayoutReversesNothingAndOneDuringItMustWait() {
        Order order = ready("ch_not_yet");
        String payoutId = recorded(order);

        SellerClawback.Clawback beforeTransfer =
                payouts.reclaim(new OrderId(order.id()), Money.of("50.00", "USD"), "k1");
        Payout pending = records.find(payoutId).orElseThrow();
        records.move(pending.processing("acct_enabled", pending.amount()), PayoutStatus.PENDING, clock.instant());
        SellerClawback.Clawback duringTransfer =
                payouts.reclaim(new OrderId(order.id()), Money.of("50.00", "USD"), "k2");

        assertThat(beforeTransfer).isEqualTo(new SellerClawback.Clawback.NothingPaidOut());
        assertThat(duringTransfer).isEqualTo(new SellerClawback.Clawback.TransferInFlight());
        assertThat(stripe.reversals()).isEmpty();
    }

    /** A completed order of {@link #SELLER}, paid by {@code chargeId}, whose seller can receive payouts. */
    private Order ready(String chargeId) {
        Order order = orders.completed(SELLER, "215.00");
        records.charged(order.id(), chargeId);
        accounts.insertIfAbsent(SELLER, new ConnectedAccount("acct_enabled", true, true, true), clock.instant());
        return order;
    }

    private String recorded(Order order) {
        return payouts.recordCompletedOrder(new OrderId(order.id()))
                .orElseThrow()
                .payoutId();
    }
}
