package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The matching rules written the plainest way, in memory, for one book: the engine is checked against
 * it. Offers are known by their index in placement order.
 */
public final class ReferenceBook {
    private final List<Resting> offers = new ArrayList<>();

    /** One pairing: the bid's and ask's indexes, the price and the quantity. */
    public record Fill(int bid, int ask, BigDecimal price, int quantity) {}

    /** Places the offer and returns its fills in execution order; its index is the number of offers before it. */
    public List<Fill> place(Side side, long user, BigDecimal price, int quantity, Instant expiresAt, Instant now) {
        Resting offer = new Resting(offers.size(), side, user, price, quantity, expiresAt);
        offers.add(offer);
        List<Fill> fills = new ArrayList<>();
        Optional<Resting> counter;
        while (offer.remaining > 0 && (counter = bestCounter(offer, now)).isPresent()) {
            Resting resting = counter.get();
            int filled = Math.min(offer.remaining, resting.remaining);
            offer.remaining -= filled;
            resting.remaining -= filled;
            fills.add(
                    side == Side.BID
                            ? new Fill(offer.index, resting.index, resting.price, filled)
                            : new Fill(resting.index, offer.index, resting.price, filled));
        }
        return fills;
    }

    /** Cancels the offer for its owner: the result names the status it shows when it cannot be cancelled. */
    public CancelResult cancel(int index, long user, Instant now) {
        Resting offer = offers.get(index);
        if (offer.user != user) {
            return new CancelResult.NotFound();
        }
        OfferStatus status = status(index, now);
        if (!status.isLive()) {
            return new CancelResult.NotCancellable(status);
        }
        offer.cancelled = true;
        return new CancelResult.Cancelled(null);
    }

    public OfferStatus status(int index, Instant now) {
        Resting offer = offers.get(index);
        if (offer.remaining == 0) {
            return OfferStatus.MATCHED;
        }
        if (offer.cancelled) {
            return OfferStatus.CANCELLED;
        }
        if (!offer.expiresAt.isAfter(now)) {
            return OfferStatus.EXPIRED;
        }
        return offer.remaining == offer.quantity ? OfferStatus.ACTIVE : OfferStatus.PARTIALLY_FILLED;
    }

    public int remaining(int index) {
        return offers.get(index).remaining;
    }

    public int size() {
        return offers.size();
    }

    private Optional<Resting> bestCounter(Resting offer, Instant now) {
        Comparator<Resting> byPrice = Comparator.comparing(resting -> resting.price);
        Comparator<Resting> priority =
                (offer.side == Side.BID ? byPrice : byPrice.reversed()).thenComparingInt(resting -> resting.index);
        return offers.stream()
                .filter(resting -> resting.side != offer.side)
                .filter(resting -> resting.user != offer.user)
                .filter(resting -> status(resting.index, now).isLive())
                .filter(resting -> crosses(offer, resting))
                .min(priority);
    }

    private static boolean crosses(Resting offer, Resting resting) {
        int comparison = offer.price.compareTo(resting.price);
        return offer.side == Side.BID ? comparison >= 0 : comparison <= 0;
    }

    /** An offer and what is left of it. Placement order stands in for time, as the clock never goes back. */
    private static final class Resting {
        final int index;
        final Side side;
        final long user;
        final BigDecimal price;
        final int quantity;
        final Instant expiresAt;
        int remaining;
        boolean cancelled;

        Resting(int index, Side side, long user, BigDecimal price, int quantity, Instant expiresAt) {
            this.index = index;
            this.side = side;
            this.user = user;
            this.price = price;
            this.quantity = quantity;
            this.expiresAt = expiresAt;
            this.remaining = quantity;
        }
    }
}
