package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.trading.CancelResult;
import com.sneakers.marketplace.trading.CancelResult.Cancelled;
import com.sneakers.marketplace.trading.CancelResult.NotCancellable;
import com.sneakers.marketplace.trading.CancelResult.NotFound;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Taking bids and asks off the book. */
class CancellingOffersIT {
    private final TradingFixture books = new TradingFixture();
    private final long alice = books.user("alice");
    private final long bob = books.user("bob");

    @Test
    void anActiveBidIsCancelledWithItsQuantityKept() {
        long bid = books.bid(alice, "200", 2).offer().id();
        books.clock.advance(Duration.ofMinutes(5));

        CancelResult result = books.trading.cancelBid(alice, bid);

        assertThat(result).isInstanceOf(Cancelled.class);
        Offer cancelled = ((Cancelled) result).offer();
        assertThat(cancelled.status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(cancelled.remainingQuantity()).isEqualTo(2);
        assertThat(books.trading.bid(alice, bid)).contains(cancelled);
        assertThat(books.number(
                        "SELECT COUNT(*) FROM bids WHERE id = ? AND cancelled_at = ?",
                        bid,
                        SqlTime.utc(books.clock.instant())))
                .isEqualTo(1);
    }

    @Test
    void thePartlyFilledRemainderOfAnAskIsCancelled() {
        long ask = books.ask(alice, "200", 3).offer().id();
        books.bid(bob, "200", 1);

        CancelResult result = books.trading.cancelAsk(alice, ask);

        assertThat(result).isInstanceOf(Cancelled.class);
        assertThat(((Cancelled) result).offer().remainingQuantity()).isEqualTo(2);
        assertThat(((Cancelled) result).offer().status()).isEqualTo(OfferStatus.CANCELLED);
    }

    @Test
    void aFullyMatchedOfferCannotBeCancelled() {
        long ask = books.ask(alice, "200", 1).offer().id();
        books.bid(bob, "200", 1);

        assertThat(books.trading.cancelAsk(alice, ask)).isEqualTo(new NotCancellable(OfferStatus.MATCHED));
    }

    @Test
    void aCancelledOfferCannotBeCancelledAgain() {
        long bid = books.bid(alice, "200", 1).offer().id();
        books.trading.cancelBid(alice, bid);

        assertThat(books.trading.cancelBid(alice, bid)).isEqualTo(new NotCancellable(OfferStatus.CANCELLED));
    }

    @Test
    void anExpiredOfferCannotBeCancelledEvenBeforeTheSweep() {
        long bid = TradingFixture.placed(books.trading.placeBid(
                        alice, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("100"), 1, 3)))
                .offer()
                .id();
        books.clock.advance(Duration.ofDays(3));

        assertThat(books.trading.cancelBid(alice, bid)).isEqualTo(new NotCancellable(OfferStatus.EXPIRED));
    }

    @Test
    void someoneElsesOfferIsNotFoundAndStaysOnTheBook() {
        long bid = books.bid(alice, "200", 1).offer().id();

        assertThat(books.trading.cancelBid(bob, bid)).isEqualTo(new NotFound());
        assertThat(books.trading.bid(alice, bid).orElseThrow().status()).isEqualTo(OfferStatus.ACTIVE);
    }

    @Test
    void anAskCancelledWhileAPlacementWaitsToFillItIsNotFilled() throws Exception {
        long ask = books.ask(alice, "200", 1).offer().id();
        ExecutorService placer = Executors.newSingleThreadExecutor();
        Future<Placed> bid;
        try (Connection canceller = books.database.getConnection()) {
            canceller.setAutoCommit(false);
            try (PreparedStatement cancel =
                    canceller.prepareStatement("UPDATE asks SET status = 'cancelled' WHERE id = ?")) {
                cancel.setLong(1, ask);
                cancel.executeUpdate();
            }
            bid = placer.submit(() -> books.bid(bob, "200", 1));
            awaitAStatementWaitingForALock();
            canceller.commit();
        }

        assertThat(bid.get(10, TimeUnit.SECONDS).matches()).isEmpty();
        placer.shutdown();
        assertThat(books.trading.ask(alice, ask).orElseThrow().status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(books.number("SELECT COUNT(*) FROM matches")).isZero();
    }

    @Test
    void aBidIsNotFoundAmongTheAsks() {
        long bid = books.bid(alice, "200", 1).offer().id();

        assertThat(books.trading.cancelAsk(alice, bid)).isEqualTo(new NotFound());
        assertThat(books.trading.cancelBid(alice, bid + 1_000)).isEqualTo(new NotFound());
    }

    private void awaitAStatementWaitingForALock() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (books.number("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND datname = current_database()")
                    > 0) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the placement never waited for the cancelled ask");
    }
}
