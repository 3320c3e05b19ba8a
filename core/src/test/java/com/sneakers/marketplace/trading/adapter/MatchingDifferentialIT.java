package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.trading.CancelResult;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import com.sneakers.marketplace.trading.ReferenceBook;
import com.sneakers.marketplace.trading.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same random stream of places, cancels, sweeps and clock moves, fed to the Postgres engine and to
 * the in-memory {@link ReferenceBook}: every placement must make the same matches and every offer end
 * in the same state.
 */
class MatchingDifferentialIT {
    private static final int OPERATIONS = 1_200;
    private static final int[] EXPIRY_DAYS = {1, 3, 7};

    private final TradingFixture books = new TradingFixture();
    private final List<Long> users =
            List.of(books.user("ana"), books.user("ben"), books.user("cho"), books.user("dee"));
    private final ReferenceBook model = new ReferenceBook();
    /** Per model index: the offer's side, id in its table, and owner. */
    private final List<Placement> placements = new ArrayList<>();

    private final Map<Long, Integer> bidIndexes = new HashMap<>();
    private final Map<Long, Integer> askIndexes = new HashMap<>();
    private final Tally tally = new Tally();

    @ParameterizedTest
    @ValueSource(longs = {7, 42, 2026})
    void theEngineMatchesExactlyAsTheReferenceModel(long seed) {
        Random random = new Random(seed);
        for (int operation = 0; operation < OPERATIONS; operation++) {
            int dice = random.nextInt(100);
            if (dice < 65) {
                place(random);
            } else if (dice < 85) {
                cancel(random);
            } else if (dice < 90) {
                books.trading.expireDue(books.clock.instant(), 1_000);
            } else {
                books.clock.advance(Duration.ofHours(1 + random.nextInt(30)));
            }
        }

        for (int index = 0; index < placements.size(); index++) {
            Offer offer = stored(placements.get(index));
            assertThat(offer.remainingQuantity())
                    .as("remaining of offer %d", index)
                    .isEqualTo(model.remaining(index));
            assertThat(offer.status()).as("status of offer %d", index).isEqualTo(model.status(index, now()));
        }
        tally.assertTheStreamExercisedEveryRule();
    }

    private void place(Random random) {
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        long user = users.get(random.nextInt(users.size()));
        BigDecimal price =
                new BigDecimal("100.00").add(new BigDecimal("0.50").multiply(BigDecimal.valueOf(random.nextInt(12))));
        int quantity = random.nextInt(10) < 8 ? 1 + random.nextInt(3) : 1 + random.nextInt(10);
        int days = EXPIRY_DAYS[random.nextInt(EXPIRY_DAYS.length)];
        PlaceOffer request = new PlaceOffer(books.productId, books.sizeId, price, quantity, days);

        Placed placed = TradingFixture.placed(
                side == Side.BID ? books.trading.placeBid(user, request) : books.trading.placeAsk(user, request));
        List<ReferenceBook.Fill> expected =
                model.place(side, user, price, quantity, now().plus(Duration.ofDays(days)), now());

        (side == Side.BID ? bidIndexes : askIndexes).put(placed.offer().id(), placements.size());
        placements.add(new Placement(side, placed.offer().id(), user));
        assertThat(placed.matches().stream().map(this::asFill).toList())
                .as("matches of offer %d", placements.size() - 1)
                .isEqualTo(expected);
        tally.placed(placed);
    }

    private void cancel(Random random) {
        if (placements.isEmpty()) {
            return;
        }
        int index = random.nextInt(placements.size());
        Placement placement = placements.get(index);
        long canceller = random.nextInt(10) == 0 ? users.get(random.nextInt(users.size())) : placement.user();

        CancelResult result = placement.side() == Side.BID
                ? books.trading.cancelBid(canceller, placement.id())
                : books.trading.cancelAsk(canceller, placement.id());

        assertThat(outcome(result))
                .as("cancel of offer %d", index)
                .isEqualTo(outcome(model.cancel(index, canceller, now())));
        tally.cancelled(result);
    }

    private ReferenceBook.Fill asFill(Match match) {
        return new ReferenceBook.Fill(
                bidIndexes.get(match.bidId()), askIndexes.get(match.askId()), match.price(), match.quantity());
    }

    private Offer stored(Placement placement) {
        return (placement.side() == Side.BID
                        ? books.trading.bid(placement.user(), placement.id())
                        : books.trading.ask(placement.user(), placement.id()))
                .orElseThrow();
    }

    private static String outcome(CancelResult result) {
        if (result instanceof CancelResult.NotCancellable refused) {
            return "not cancellable: " + refused.currentStatus();
        }
        return result.getClass().getSimpleName();
    }

    private Instant now() {
        return books.clock.instant();
    }

    private record Placement(Side side, long id, long user) {}

    /** What the stream made happen, so a stream that stops exercising a rule fails instead of passing idly. */
    private static final class Tally {
        private int matches;
        private int partialFills;
        private final Map<String, Integer> cancels = new HashMap<>();

        void placed(Placed placed) {
            matches += placed.matches().size();
            if (placed.offer().status() == OfferStatus.PARTIALLY_FILLED) {
                partialFills++;
            }
        }

        void cancelled(CancelResult result) {
            cancels.merge(outcome(result), 1, Integer::sum);
        }

        void assertTheStreamExercisedEveryRule() {
            assertThat(matches).isGreaterThan(200);
            assertThat(partialFills).isPositive();
            assertThat(cancels)
                    .containsKeys(
                            "Cancelled",
                            "NotFound",
                            "not cancellable: " + OfferStatus.MATCHED,
                            "not cancellable: " + OfferStatus.CANCELLED,
                            "not cancellable: " + OfferStatus.EXPIRED);
        }
    }
}
