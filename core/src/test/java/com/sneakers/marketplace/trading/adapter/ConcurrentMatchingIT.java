package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import com.sneakers.marketplace.trading.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many placers and cancellers on one hot book at once, then the book's invariants checked in SQL. */
class ConcurrentMatchingIT {
    private static final int THREADS = 8;
    private static final int OFFERS_PER_THREAD = 40;
    private static final int ROUNDS = 25;

    private final TradingFixture books = new TradingFixture();
    private final List<Long> users =
            List.of(books.user("ana"), books.user("ben"), books.user("cho"), books.user("dee"));
    /** Every match with the side of its resting offer and that offer's id, as the placements reported them. */
    private final CyclicBarrier everyThreadPlacesItsNextOfferAtOnce = new CyclicBarrier(THREADS);

    private final List<Resting> restingOffers = Collections.synchronizedList(new ArrayList<>());

    @Test
    void concurrentPlacementsKeepTheBookConsistent() throws Exception {
        slowDownEveryNewOfferAsANetworkHopWould();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> placers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            long seed = thread;
            placers.add(pool.submit(() -> placeAndCancel(new Random(seed))));
        }
        int placed = 0;
        for (Future<Integer> placer : placers) {
            placed += placer.get();
        }
        pool.shutdown();

        assertThat(placed).isGreaterThanOrEqualTo(200);
        assertThat(books.number("SELECT COUNT(*) FROM matches"))
                .isGreaterThan(50)
                .isEqualTo(restingOffers.size());
        assertThat(offersFilledOtherThanByTheirMatches("bids", "bid_id")).isZero();
        assertThat(offersFilledOtherThanByTheirMatches("asks", "ask_id")).isZero();
        long matched = books.number("SELECT SUM(quantity) FROM matches");
        assertThat(books.number("SELECT SUM(quantity - remaining_quantity) FROM bids"))
                .isEqualTo(matched);
        assertThat(books.number("SELECT SUM(quantity - remaining_quantity) FROM asks"))
                .isEqualTo(matched);
        assertThat(books.number("SELECT COUNT(*) FROM matches WHERE buyer_id = seller_id"))
                .isZero();
        assertThat(books.number("SELECT COUNT(*) FROM matches m JOIN bids b ON b.id = m.bid_id"
                        + " JOIN asks a ON a.id = m.ask_id WHERE m.buyer_id <> b.user_id OR m.seller_id <> a.user_id"))
                .isZero();
        assertThat(crossedPairsOfDifferentUsers()).isZero();
        assertThat(matchesNotAtTheRestingPrice()).isEmpty();
    }

    @Test
    void opposingOffersPlacedAtTheSameInstantAlwaysFindEachOther() throws Exception {
        slowDownEveryNewOfferAsANetworkHopWould();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> placers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            boolean buying = thread % 2 == 0;
            long user = users.get(thread % users.size());
            placers.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    everyThreadPlacesItsNextOfferAtOnce.await();
                    PlaceOffer request = books.offer("100", 1);
                    if (buying) {
                        books.trading.placeBid(user, request);
                    } else {
                        books.trading.placeAsk(user, request);
                    }
                }
                return null;
            }));
        }
        for (Future<?> placer : placers) {
            placer.get();
        }
        pool.shutdown();

        assertThat(books.number("SELECT SUM(quantity) FROM matches")).isEqualTo(THREADS / 2 * ROUNDS);
        assertThat(books.number("SELECT COUNT(*) FROM bids WHERE status <> 'matched'"))
                .isZero();
        assertThat(books.number("SELECT COUNT(*) FROM asks WHERE status <> 'matched'"))
                .isZero();
    }

    /**
     * A pause between inserting an offer and looking for its counter-offers widens the window in which
     * unserialised placements would miss each other and leave the book crossed.
     */
    private void slowDownEveryNewOfferAsANetworkHopWould() {
        books.execute("CREATE FUNCTION pause_after_insert() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN PERFORM pg_sleep(0.005); RETURN NEW; END $$");
        books.execute(
                "CREATE TRIGGER pause_after_bid AFTER INSERT ON bids FOR EACH ROW EXECUTE FUNCTION pause_after_insert()");
        books.execute(
                "CREATE TRIGGER pause_after_ask AFTER INSERT ON asks FOR EACH ROW EXECUTE FUNCTION pause_after_insert()");
    }

    private int placeAndCancel(Random random) throws Exception {
        List<Placed> mine = new ArrayList<>();
        for (int i = 0; i < OFFERS_PER_THREAD; i++) {
            everyThreadPlacesItsNextOfferAtOnce.await();
            long user = users.get(random.nextInt(users.size()));
            Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            PlaceOffer request = new PlaceOffer(
                    books.productId,
                    books.sizeId,
                    BigDecimal.valueOf(100 + random.nextInt(5)),
                    1 + random.nextInt(3),
                    30);
            Placed placed = TradingFixture.placed(
                    side == Side.BID ? books.trading.placeBid(user, request) : books.trading.placeAsk(user, request));
            mine.add(placed);
            for (Match match : placed.matches()) {
                restingOffers.add(
                        side == Side.BID
                                ? new Resting(match, "asks", match.askId())
                                : new Resting(match, "bids", match.bidId()));
            }
            if (random.nextInt(8) == 0) {
                Placed victim = mine.get(random.nextInt(mine.size()));
                if (victim.offer().side() == Side.BID) {
                    books.trading.cancelBid(
                            victim.offer().userId(), victim.offer().id());
                } else {
                    books.trading.cancelAsk(
                            victim.offer().userId(), victim.offer().id());
                }
            }
        }
        return OFFERS_PER_THREAD;
    }

    /** Offers whose filled quantity is not the sum of their matches (so also any filled beyond its quantity). */
    private long offersFilledOtherThanByTheirMatches(String table, String matchColumn) {
        return books.number("SELECT COUNT(*) FROM " + table + " o WHERE o.quantity - o.remaining_quantity"
                + " <> (SELECT COALESCE(SUM(m.quantity), 0) FROM matches m WHERE m." + matchColumn + " = o.id)"
                + " OR o.remaining_quantity < 0");
    }

    /**
     * Live bids at or above live asks of another user. A user's own bid and ask may stay crossed:
     * self-trade prevention leaves both on the book.
     */
    private long crossedPairsOfDifferentUsers() {
        return books.number("SELECT COUNT(*) FROM bids b JOIN asks a ON a.size_id = b.size_id"
                + " WHERE b.status IN ('active', 'partially_filled') AND a.status IN ('active', 'partially_filled')"
                + " AND b.price >= a.price AND b.user_id <> a.user_id");
    }

    private List<Resting> matchesNotAtTheRestingPrice() {
        return restingOffers.stream()
                .filter(resting -> books.number(
                                "SELECT COUNT(*) FROM matches m JOIN " + resting.table() + " o ON o.id = ?"
                                        + " WHERE m.id = ? AND m.price = o.price",
                                resting.id(),
                                resting.match().id())
                        != 1)
                .toList();
    }

    private record Resting(Match match, String table, long id) {}
}
