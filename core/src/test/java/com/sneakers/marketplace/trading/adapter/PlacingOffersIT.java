package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sneakers.marketplace.trading.Invalid;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import com.sneakers.marketplace.trading.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placing bids and asks on a real Postgres and what they match. */
class PlacingOffersIT {
    private final TradingFixture books = new TradingFixture();
    private final long alice = books.user("alice");
    private final long bob = books.user("bob");
    private final long carol = books.user("carol");

    @Test
    void aBidThatCrossesNothingRestsActiveWithEveryFieldStored() {
        Placed placed = books.bid(alice, "200", 2);

        Offer bid = placed.offer();
        assertThat(placed.matches()).isEmpty();
        assertThat(books.bus.published()).isEmpty();
        assertThat(bid.side()).isEqualTo(Side.BID);
        assertThat(bid.userId()).isEqualTo(alice);
        assertThat(bid.productId()).isEqualTo(books.productId);
        assertThat(bid.sizeId()).isEqualTo(books.sizeId);
        assertThat(bid.price()).isEqualTo(new BigDecimal("200.00"));
        assertThat(bid.currency()).isEqualTo("USD");
        assertThat(bid.quantity()).isEqualTo(2);
        assertThat(bid.remainingQuantity()).isEqualTo(2);
        assertThat(bid.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(bid.createdAt()).isEqualTo(TradingFixture.START);
        assertThat(bid.expiresAt()).isEqualTo(TradingFixture.START.plus(Duration.ofDays(30)));
        assertThat(books.trading.bid(alice, bid.id())).contains(bid);
    }

    @Test
    void aBidAtOrAboveTheLowestAskBuysAtTheAsksPrice() {
        Placed ask = books.ask(alice, "190", 1);

        Placed bid = books.bid(bob, "215", 1);

        assertThat(bid.matches())
                .extracting(Match::bidId, Match::askId, Match::buyerId, Match::sellerId, Match::price, Match::quantity)
                .containsExactly(tuple(bid.offer().id(), ask.offer().id(), bob, alice, new BigDecimal("190.00"), 1));
        assertThat(bid.offer().status()).isEqualTo(OfferStatus.MATCHED);
        assertThat(bid.offer().remainingQuantity()).isZero();
        assertThat(books.number(
                        "SELECT price * 100 FROM matches WHERE id = ?",
                        bid.matches().get(0).id()))
                .isEqualTo(19_000);
        assertThat(books.trading.ask(alice, ask.offer().id()).orElseThrow().status())
                .isEqualTo(OfferStatus.MATCHED);
    }

    @Test
    void anAskAtOrBelowTheHighestBidSellsAtTheBidsPrice() {
        Placed bid = books.bid(alice, "230", 1);

        Placed ask = books.ask(bob, "230", 1);

        assertThat(ask.matches())
                .extracting(Match::bidId, Match::askId, Match::buyerId, Match::sellerId, Match::price)
                .containsExactly(tuple(bid.offer().id(), ask.offer().id(), alice, bob, new BigDecimal("230.00")));
    }

    @Test
    void theBestPricedAskTradesFirstThenTheEarliestAtTheSamePrice() {
        Placed expensive = books.ask(alice, "210", 1);
        books.clock.advance(Duration.ofMinutes(1));
        Placed earlyCheap = books.ask(alice, "200", 1);
        books.clock.advance(Duration.ofMinutes(1));
        long laterCheap = books.ask(carol, "200", 1).offer().id();

        Placed bid = books.bid(bob, "220", 3);

        assertThat(bid.matches())
                .extracting(Match::askId, Match::price)
                .containsExactly(
                        tuple(earlyCheap.offer().id(), new BigDecimal("200.00")),
                        tuple(laterCheap, new BigDecimal("200.00")),
                        tuple(expensive.offer().id(), new BigDecimal("210.00")));
    }

    @Test
    void atTheSamePriceAndTimeTheLowerIdTradesFirst() {
        Placed first = books.bid(alice, "200", 1);
        books.bid(carol, "200", 1);

        Placed ask = books.ask(bob, "200", 1);

        assertThat(ask.matches())
                .extracting(Match::bidId)
                .containsExactly(first.offer().id());
    }

    @Test
    void aLargeBidFillsAcrossSeveralAsksAndRestsPartiallyFilled() {
        Placed two = books.ask(alice, "200", 2);
        Placed three = books.ask(carol, "201", 3);
        books.ask(carol, "260", 1);

        Placed bid = books.bid(bob, "250", 6);

        assertThat(bid.matches())
                .extracting(Match::askId, Match::quantity)
                .containsExactly(tuple(two.offer().id(), 2), tuple(three.offer().id(), 3));
        assertThat(bid.offer().remainingQuantity()).isEqualTo(1);
        assertThat(bid.offer().status()).isEqualTo(OfferStatus.PARTIALLY_FILLED);
        assertThat(books.number("SELECT COUNT(*) FROM matches")).isEqualTo(2);
    }

    @Test
    void aSmallAskLeavesTheBidItHitsPartiallyFilledOnTheBook() {
        Placed bid = books.bid(alice, "200", 5);

        books.ask(bob, "180", 2);

        Offer rest = books.trading.bid(alice, bid.offer().id()).orElseThrow();
        assertThat(rest.remainingQuantity()).isEqualTo(3);
        assertThat(rest.status()).isEqualTo(OfferStatus.PARTIALLY_FILLED);
    }

    @Test
    void anOfferSkipsItsOwnersOffersWhichStayOnTheBook() {
        Placed own = books.ask(alice, "190", 1);
        Placed other = books.ask(carol, "195", 1);

        Placed bid = books.bid(alice, "200", 2);

        assertThat(bid.matches())
                .extracting(Match::askId)
                .containsExactly(other.offer().id());
        assertThat(bid.offer().remainingQuantity()).isEqualTo(1);
        Offer stillThere = books.trading.ask(alice, own.offer().id()).orElseThrow();
        assertThat(stillThere.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(stillThere.remainingQuantity()).isEqualTo(1);
    }

    @Test
    void anExpiredAskNeverMatchesAndShowsAsExpired() {
        Placed expiring = TradingFixture.placed(books.trading.placeAsk(
                alice, new PlaceOffer(books.productId, books.sizeId, new BigDecimal("100"), 1, 1)));
        books.clock.advance(Duration.ofDays(1));

        Placed bid = books.bid(bob, "300", 1);

        assertThat(bid.matches()).isEmpty();
        assertThat(books.trading.ask(alice, expiring.offer().id()).orElseThrow().status())
                .isEqualTo(OfferStatus.EXPIRED);
    }

    @Test
    void aCancelledBidNeverMatches() {
        Placed bid = books.bid(alice, "300", 1);
        books.trading.cancelBid(alice, bid.offer().id());

        Placed ask = books.ask(bob, "100", 1);

        assertThat(ask.matches()).isEmpty();
    }

    @Test
    void aBidBelowTheLowestAskDoesNotTrade() {
        books.ask(alice, "200.01", 1);

        assertThat(books.bid(bob, "200", 1).matches()).isEmpty();
    }

    @Test
    void anUnknownProductIsRefused() {
        assertThat(books.trading.placeBid(
                        alice, new PlaceOffer(999_999L, books.sizeId, new BigDecimal("100"), 1, null)))
                .isEqualTo(new Invalid(Map.of("product_id", "does not exist")));
    }

    @Test
    void anUnknownSizeIsRefused() {
        assertThat(books.trading.placeAsk(
                        alice, new PlaceOffer(books.productId, 999_999L, new BigDecimal("100"), 1, null)))
                .isEqualTo(new Invalid(Map.of("size_id", "is not a size of this product")));
    }

    @Test
    void aSizeOfAnotherProductIsRefusedAndNothingIsStored() {
        long otherProduct = books.rows.product("CW2288-111");
        long otherSize = books.rows.size(otherProduct, "9");

        assertThat(books.trading.placeBid(
                        alice, new PlaceOffer(books.productId, otherSize, new BigDecimal("100"), 1, null)))
                .isEqualTo(new Invalid(Map.of("size_id", "is not a size of this product")));
        assertThat(books.number("SELECT COUNT(*) FROM bids")).isZero();
    }

    @Test
    void anInvalidRequestReachesNoTable() {
        assertThat(books.trading.placeBid(alice, books.offer("0", 11))).isInstanceOf(Invalid.class);
        assertThat(books.number("SELECT COUNT(*) FROM bids")).isZero();
    }
}
