package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceOffer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's own bids and asks: one at a time, in pages, by status, and their expiry. */
class ListingOffersIT {
    private final TradingFixture books = new TradingFixture();
    private final long alice = books.user("alice");
    private final long bob = books.user("bob");

    @Test
    void someoneElsesOfferIsNotFound() {
        long bid = books.bid(alice, "100", 1).offer().id();
        long ask = books.ask(alice, "300", 1).offer().id();

        assertThat(books.trading.bid(bob, bid)).isEmpty();
        assertThat(books.trading.ask(bob, ask)).isEmpty();
    }

    @Test
    void bidsComeNewestFirstInPagesWithTheTotal() {
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(books.bid(alice, String.valueOf(100 + i), 1).offer().id());
            books.clock.advance(Duration.ofMinutes(1));
        }
        books.bid(bob, "50", 1);

        Page<Offer> second = books.trading.bids(alice, null, new Paging(2, 2));

        assertThat(second.items()).extracting(Offer::id).containsExactly(placed.get(2), placed.get(1));
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pageSize()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(books.trading.bids(alice, null, new Paging(4, 2)).items()).isEmpty();
        assertThat(books.trading.bids(alice, null, new Paging(4, 2)).total()).isEqualTo(5);
    }

    @Test
    void theStatusFilterKeepsOnlyOffersShowingThatStatusIncludingExpiryDueButNotSwept() {
        long matched = books.ask(alice, "200", 1).offer().id();
        books.bid(bob, "200", 1);
        long expiring = TradingFixture.placed(books.trading.placeAsk(
                        alice, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("500"), 1, 1)))
                .offer()
                .id();
        long active = books.ask(alice, "600", 1).offer().id();
        books.clock.advance(Duration.ofDays(1));

        assertThat(ids(OfferStatus.MATCHED)).containsExactly(matched);
        assertThat(ids(OfferStatus.EXPIRED)).containsExactly(expiring);
        assertThat(ids(OfferStatus.ACTIVE)).containsExactly(active);
        assertThat(books.trading
                        .asks(alice, OfferStatus.ACTIVE, new Paging(1, 10))
                        .total())
                .isEqualTo(1);
        assertThat(ids(null)).containsExactlyInAnyOrder(matched, expiring, active);
    }

    @Test
    void theSweepMarksDueLiveOffersExpiredInTheDatabase() {
        books.trading.placeBid(alice, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("100"), 2, 1));
        books.trading.placeAsk(bob, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("100"), 1, 1));
        books.trading.placeAsk(bob, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("900"), 1, 1));
        books.trading.placeAsk(bob, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("900"), 1, 3));
        long cancelled = books.bid(alice, "30", 1).offer().id();
        books.trading.cancelBid(alice, cancelled);
        books.clock.advance(Duration.ofDays(1));

        int expired = books.trading.expireDue(books.clock.instant(), 100);

        assertThat(expired).isEqualTo(2);
        assertThat(books.number("SELECT COUNT(*) FROM bids WHERE status = 'expired' AND remaining_quantity = 1"))
                .isEqualTo(1);
        assertThat(books.number("SELECT COUNT(*) FROM asks WHERE status = 'expired'"))
                .isEqualTo(1);
        assertThat(books.number("SELECT COUNT(*) FROM asks WHERE status = 'active'"))
                .isEqualTo(1);
        assertThat(books.number("SELECT COUNT(*) FROM bids WHERE status = 'cancelled'"))
                .isEqualTo(1);
        assertThat(books.trading.expireDue(books.clock.instant(), 100)).isZero();
    }

    @Test
    void theSweepExpiresAtMostABatchPerSide() {
        for (int i = 0; i < 3; i++) {
            books.trading.placeBid(alice, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("100"), 1, 1));
        }
        books.clock.advance(Duration.ofDays(2));

        assertThat(books.trading.expireDue(books.clock.instant(), 2)).isEqualTo(2);
        assertThat(books.trading.expireDue(books.clock.instant(), 2)).isEqualTo(1);
    }

    private List<Long> ids(OfferStatus status) {
        return books.trading.asks(alice, status, new Paging(1, 10)).items().stream()
                .map(Offer::id)
                .toList();
    }
}
