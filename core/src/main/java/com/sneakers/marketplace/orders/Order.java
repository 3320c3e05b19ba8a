package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.money.Money;
import java.time.Instant;

/** An order made from a match, as its parties and admins see it; {@code dispute} is null unless the buyer disputed it. */
public record Order(
        long id,
        String orderNumber,
        long matchId,
        long buyerId,
        long sellerId,
        long productId,
        long sizeId,
        OrderAmounts amounts,
        String currency,
        OrderStatus status,
        Long shippingAddressId,
        Shipment shipment,
        String cancellationReason,
        Timeline timeline,
        Dispute dispute) {

    /** What the buyer pays: the price and the buyer's fee. */
    public Money total() {
        return Money.of(amounts.totalAmount(), currency);
    }

    /** What the seller is paid: the price less the seller's fee. */
    public Money sellerPayout() {
        return Money.of(amounts.sellerPayout(), currency);
    }

    /** Whether {@code viewer} may see this order: its buyer, its seller, or an admin. */
    public boolean isVisibleTo(Viewer viewer) {
        return viewer.admin() || viewer.userId() == buyerId || viewer.userId() == sellerId;
    }

    /** The role {@code viewer} acts in on this order: as a party if they are one, else as an admin. */
    public Actor actorFor(Viewer viewer) {
        if (viewer.userId() == buyerId) {
            return Actor.BUYER;
        }
        if (viewer.userId() == sellerId) {
            return Actor.SELLER;
        }
        return Actor.ADMIN;
    }

    /** Carrier and tracking number once shipped; both null before. */
    public record Shipment(Carrier carrier, String trackingNumber) {}

    /** When the order reached each step; null for steps not reached. */
    public record Timeline(
            Instant createdAt,
            Instant paidAt,
            Instant shippedAt,
            Instant deliveredAt,
            Instant completedAt,
            Instant cancelledAt,
            Instant updatedAt) {}
}
