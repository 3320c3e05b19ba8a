package com.sneakers.marketplace.payments.ledger;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.orders.OrderAmounts;
import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order's money as the ledger splits it: the buyer's total is the seller's payout plus the two
 * fees. Money given back to the buyer (refunds, lost card disputes) comes out of the seller's payout
 * first, then the buyer's fee, then the seller's fee: a partial refund compensates the buyer for the
 * goods, so the seller bears it, and only a refund beyond the payout eats into the platform's fees.
 */
public record Sale(long orderId, long sellerId, Money payout, Money buyerFee, Money sellerFee) {

    public static Sale of(Order order) {
        OrderAmounts amounts = order.amounts();
        return new Sale(
                order.id(),
                order.sellerId(),
                order.sellerPayout(),
                Money.of(amounts.buyerFee(), order.currency()),
                Money.of(amounts.sellerFee(), order.currency()));
    }

    public Money total() {
        return Money.of(payout.amount().add(buyerFee.amount()).add(sellerFee.amount()), currency());
    }

    public String currency() {
        return payout.currency();
    }

    /** What is left of the seller's payout once {@code givenBack} of the total has gone back to the buyer. */
    public Money payoutAfter(BigDecimal givenBack) {
        return money(payout.amount().subtract(shares(givenBack).seller()));
    }

    /** The seller's part of what goes back to the buyer when the total given back moves from {@code before} to {@code after}. */
    public Money sellerShareBetween(BigDecimal before, BigDecimal after) {
        return money(shares(after).seller().subtract(shares(before).seller()));
    }

    /** The buyer's charge was captured: Stripe holds it, the seller is owed the payout, the fees are earned. */
    public Journal captured(String chargeReference, Instant at) {
        return journal(
                JournalKind.CHARGE_CAPTURED,
                chargeReference,
                at,
                line(Accounts.STRIPE_BALANCE, total().amount()),
                line(Accounts.sellerPayable(sellerId), payout.amount().negate()),
                line(Accounts.BUYER_FEE_REVENUE, buyerFee.amount().negate()),
                line(Accounts.SELLER_FEE_REVENUE, sellerFee.amount().negate()));
    }

    /**
     * Money given back to the buyer went from {@code before} to {@code after} in total (down again when
     * a refund failed): Stripe's balance moves by the difference, taken from the shares in order.
     */
    public Journal givenBack(JournalKind kind, String reference, BigDecimal before, BigDecimal after, Instant at) {
        Shares from = shares(before);
        Shares to = shares(after);
        return journal(
                kind,
                reference,
                at,
                line(Accounts.STRIPE_BALANCE, before.subtract(after)),
                line(Accounts.sellerPayable(sellerId), to.seller().subtract(from.seller())),
                line(Accounts.BUYER_FEE_REVENUE, to.buyerFee().subtract(from.buyerFee())),
                line(Accounts.SELLER_FEE_REVENUE, to.sellerFee().subtract(from.sellerFee())));
    }

    /** Paid to the seller's connected account. */
    public Journal transferred(String transferId, Money amount, Instant at) {
        return journal(
                JournalKind.TRANSFER,
                transferId,
                at,
                line(Accounts.sellerPayable(sellerId), amount.amount()),
                line(Accounts.STRIPE_BALANCE, amount.amount().negate()));
    }

    /** Taken back from the seller's connected account. */
    public Journal transferReversed(String reversalId, Money amount, Instant at) {
        return journal(
                JournalKind.TRANSFER_REVERSAL,
                reversalId,
                at,
                line(Accounts.STRIPE_BALANCE, amount.amount()),
                line(Accounts.sellerPayable(sellerId), amount.amount().negate()));
    }

    /** The shares of {@code givenBack}: the seller's payout first, then the buyer's fee, then the seller's fee. */
    Shares shares(BigDecimal givenBack) {
        BigDecimal left = givenBack.max(BigDecimal.ZERO);
        BigDecimal seller = left.min(payout.amount());
        left = left.subtract(seller);
        BigDecimal buyer = left.min(buyerFee.amount());
        left = left.subtract(buyer);
        BigDecimal platformSeller = left.min(sellerFee.amount());
        return new Shares(seller, buyer, platformSeller);
    }

    record Shares(BigDecimal seller, BigDecimal buyerFee, BigDecimal sellerFee) {}

    private Journal journal(JournalKind kind, String reference, Instant at, Line... lines) {
        List<JournalLine> nonZero = new ArrayList<>();
        for (Line line : lines) {
            if (line.amount().signum() != 0) {
                nonZero.add(new JournalLine(line.account(), money(line.amount())));
            }
        }
        return new Journal(kind, reference, orderId, at, nonZero);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency());
    }

    private static Line line(String account, BigDecimal amount) {
        return new Line(account, amount);
    }

    private record Line(String account, BigDecimal amount) {}
}
