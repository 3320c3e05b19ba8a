package com.sneakers.marketplace.payments.payouts;

import com.sneakers.marketplace.orders.Order;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where payouts are kept; every call joins the current transaction if there is one. Status changes are
 * guarded ({@link #move} from a given status), so of two concurrent moves only one happens.
 */
public interface PayoutRecords {

    /** The order's payout, made {@code pending} with {@code newPayoutId} unless it exists already. */
    Payout insertIfAbsent(Order order, String newPayoutId, Instant at);

    Optional<Payout> find(String payoutId);

    /** The payout, locked until the current transaction ends. */
    Optional<Payout> lock(String payoutId);

    Optional<Payout> lockByTransfer(String transferId);

    Optional<Payout> findByOrderNumber(String orderNumber);

    /** The order's payout, locked until the current transaction ends. */
    Optional<Payout> lockByOrder(long orderId);

    /** Moves the payout to {@code to}'s state if it is still {@code from}; false when it is not. */
    boolean move(Payout to, PayoutStatus from, Instant at);

    /** Marks a waiting payout as looked at now. */
    void touch(String payoutId, Instant at);

    /** Ids of payouts in {@code status} unchanged since before {@code before}, oldest change first. */
    List<String> unchangedSince(PayoutStatus status, Instant before, int limit);

    List<String> pendingOfSeller(long sellerId);

    Page<Payout> listOfSeller(long sellerId, PayoutStatus status, Paging paging);

    /** The charge that paid for the order, once the payment has recorded it. */
    Optional<String> chargeOf(long orderId);

    /** The order's charge and what became of it since, as the payment's records say. */
    Funding fundingOf(long orderId);

    /** What of the payout's transfer was taken back so far. */
    BigDecimal reversedOf(String payoutId);

    /** Adds {@code amount} to what was taken back of the payout's transfer. */
    void addReversal(String payoutId, Money amount, Instant at);
}
