package com.sneakers.marketplace.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every ledger promises: each movement once, and balances that add its lines up. */
public abstract class LedgerContract {
    protected static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");
    private static final Sale SALE =
            new Sale(11, 42, Money.of("181.00", "USD"), Money.of("10.00", "USD"), Money.of("19.00", "USD"));

    protected abstract Ledger ledger();

    @Test
    void aMovementIsPostedOnceHoweverOftenItIsReported() {
        assertThat(ledger().post(SALE.captured("pi_once", AT))).isTrue();
        assertThat(ledger().post(SALE.captured("pi_once", AT))).isFalse();

        assertThat(ledger().isPosted(JournalKind.CHARGE_CAPTURED, "pi_once")).isTrue();
        assertThat(ledger().isPosted(JournalKind.REFUND, "pi_once")).isFalse();
        assertThat(balanceOf("stripe_balance")).isEqualByComparingTo("210.00");
    }

    @Test
    void balancesAddUpEveryAccountsLines() {
        ledger().post(SALE.captured("pi_b", AT));
        ledger().post(SALE.givenBack(JournalKind.REFUND, "re_b", BigDecimal.ZERO, new BigDecimal("50.00"), AT));
        ledger().post(SALE.transferred("tr_b", Money.of("131.00", "USD"), AT));

        assertThat(balanceOf("stripe_balance")).isEqualByComparingTo("29.00");
        assertThat(balanceOf("seller_payable:42")).isEqualByComparingTo("0.00");
        assertThat(balanceOf("revenue:buyer_fee")).isEqualByComparingTo("-10.00");
    }

    @Test
    void movedOnSumsOneOrdersLinesOfTheGivenKindsOnAnAccount() {
        ledger().post(SALE.captured("pi_m", AT));
        ledger().post(SALE.givenBack(JournalKind.REFUND, "re_m1", BigDecimal.ZERO, new BigDecimal("50.00"), AT));
        ledger().post(SALE.givenBack(
                JournalKind.REFUND_FAILED, "re_m1", new BigDecimal("50.00"), new BigDecimal("20.00"), AT));

        BigDecimal refunded = ledger().movedOn(
                        SALE.orderId(),
                        Accounts.STRIPE_BALANCE,
                        List.of(JournalKind.REFUND, JournalKind.REFUND_FAILED));

        assertThat(refunded).isEqualByComparingTo("-20.00");
        assertThat(ledger().movedOn(999, Accounts.STRIPE_BALANCE, List.of(JournalKind.REFUND)))
                .isEqualByComparingTo("0");
    }

    private BigDecimal balanceOf(String account) {
        return ledger().balances().stream()
                .filter(balance -> balance.account().equals(account))
                .map(balance -> balance.balance().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
