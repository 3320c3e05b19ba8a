package com.sneakers.marketplace.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SaleTest {
    private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
    // price 200.00, buyer fee 10.00, seller fee 19.00: total 210.00, payout 181.00
    private static final Sale SALE = new Sale(7, 42, usd("181.00"), usd("10.00"), usd("19.00"));

    @Test
    void aCapturedChargeOwesTheSellerThePayoutAndEarnsBothFees() {
        Journal captured = SALE.captured("pi_1", AT);

        assertThat(amounts(captured))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "stripe_balance", dec("210.00"),
                        "seller_payable:42", dec("-181.00"),
                        "revenue:buyer_fee", dec("-10.00"),
                        "revenue:seller_fee", dec("-19.00")));
        assertThat(captured.orderId()).isEqualTo(7);
    }

    @Test
    void aPartialRefundComesOutOfTheSellersPayoutFirst() {
        Journal refund = SALE.givenBack(JournalKind.REFUND, "re_1", dec("0"), dec("50.00"), AT);

        assertThat(amounts(refund))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("stripe_balance", dec("-50.00"), "seller_payable:42", dec("50.00")));
        assertThat(SALE.payoutAfter(dec("50.00"))).isEqualTo(usd("131.00"));
    }

    @Test
    void aRefundBeyondThePayoutTakesTheBuyersFeeThenTheSellersFee() {
        Journal rest = SALE.givenBack(JournalKind.REFUND, "re_2", dec("50.00"), dec("195.00"), AT);

        assertThat(amounts(rest))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "stripe_balance", dec("-145.00"),
                        "seller_payable:42", dec("131.00"),
                        "revenue:buyer_fee", dec("10.00"),
                        "revenue:seller_fee", dec("4.00")));
        assertThat(SALE.payoutAfter(dec("195.00"))).isEqualTo(usd("0.00"));
    }

    @Test
    void aFullRefundUndoesTheCaptureExactly() {
        Journal captured = SALE.captured("pi_1", AT);
        Journal refunded = SALE.givenBack(JournalKind.REFUND, "re_1", dec("0"), dec("210.00"), AT);

        Map<String, BigDecimal> net = amounts(captured);
        amounts(refunded).forEach((account, amount) -> net.merge(account, amount, BigDecimal::add));
        assertThat(net.values()).allSatisfy(amount -> assertThat(amount).isZero());
    }

    @Test
    void aFailedRefundGivesTheSharesBackInReverse() {
        Journal failed = SALE.givenBack(JournalKind.REFUND_FAILED, "re_1", dec("195.00"), dec("50.00"), AT);

        assertThat(amounts(failed))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "stripe_balance", dec("145.00"),
                        "seller_payable:42", dec("-131.00"),
                        "revenue:buyer_fee", dec("-10.00"),
                        "revenue:seller_fee", dec("-4.00")));
    }

    @Test
    void aTransferAndItsReversalMoveTheSellersPayableAgainstStripesBalance() {
        assertThat(amounts(SALE.transferred("tr_1", usd("181.00"), AT)))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("seller_payable:42", dec("181.00"), "stripe_balance", dec("-181.00")));
        assertThat(amounts(SALE.transferReversed("trr_1", usd("60.00"), AT)))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("seller_payable:42", dec("-60.00"), "stripe_balance", dec("60.00")));
    }

    @Test
    void aJournalThatDoesNotBalanceIsABug() {
        List<JournalLine> lopsided = List.of(
                new JournalLine("stripe_balance", usd("10.00")), new JournalLine("revenue:buyer_fee", usd("-9.99")));

        assertThatThrownBy(() -> new Journal(JournalKind.REFUND, "re_x", 1, AT, lopsided))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not balance");
    }

    private static Map<String, BigDecimal> amounts(Journal journal) {
        return journal.lines().stream()
                .collect(Collectors.toMap(
                        JournalLine::account, line -> line.amount().amount(), BigDecimal::add, java.util.HashMap::new));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static BigDecimal dec(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
