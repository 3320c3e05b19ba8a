package com.sneakers.marketplace.payments.payouts.adapter;

import com.sneakers.marketplace.payments.payouts.Payout;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code payout.*} events ({@code payout.paid}, {@code payout.failed}, {@code payout.reversed}) and
 * {@code seller.payouts_enabled}, which the payout function consumes to pay the seller's waiting
 * payouts. Appended in the transaction of the change.
 */
final class PayoutEvents {
    static final String SOURCE = "marketplace.payments";
    static final String SELLER_PAYOUTS_ENABLED = "seller.payouts_enabled";

    private final Outbox outbox;

    PayoutEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void payoutMoved(Connection transaction, Payout payout, String reason, Instant at) throws SQLException {
        Map<String, Object> detail = facts(at);
        detail.put("payout_id", payout.payoutId());
        detail.put("order_id", payout.orderId());
        detail.put("order_number", payout.orderNumber());
        detail.put("seller_id", payout.sellerId());
        detail.put("amount", payout.amount().toPlainString());
        detail.put("currency", payout.currency());
        detail.put("status", payout.status().wire());
        detail.put("stripe_account_id", payout.stripeAccountId());
        detail.put("stripe_transfer_id", payout.stripeTransferId());
        detail.put("reason", reason);
        append(transaction, "payout." + payout.status().wire(), detail);
    }

    void sellerPayoutsEnabled(Connection transaction, long sellerId, String stripeAccountId, Instant at)
            throws SQLException {
        Map<String, Object> detail = facts(at);
        detail.put("seller_id", sellerId);
        detail.put("stripe_account_id", stripeAccountId);
        append(transaction, SELLER_PAYOUTS_ENABLED, detail);
    }

    private void append(Connection transaction, String detailType, Map<String, Object> detail) throws SQLException {
        UUID eventId = (UUID) detail.get("event_id");
        outbox.append(transaction, new OutboxEvent(eventId, SOURCE, detailType, Json.write(detail), (Instant)
                detail.get("occurred_at")));
    }

    private static Map<String, Object> facts(Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("event_id", UUID.randomUUID());
        detail.put("occurred_at", at);
        return detail;
    }
}
