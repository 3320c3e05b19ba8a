package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.trading.BestPrices;
import com.sneakers.marketplace.trading.MarketData;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PriceLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public view of a book: best prices, spread, sales and depth. */
class MarketDataIT {
    private final TradingFixture books = new TradingFixture();
    private final long alice = books.user("alice");
    private final long bob = books.user("bob");
    private final long carol = books.user("carol");

    @Test
    void anEmptyBookHasNoPricesNoSalesAndNoDepth() {
        MarketData market = books.trading.market(books.productId, books.sizeId).orElseThrow();

        assertThat(market)
                .isEqualTo(new MarketData(
                        books.productId, books.sizeId, null, null, null, null, null, 0, List.of(), List.of()));
    }

    @Test
    void theBookShowsBestPricesSpreadAndDepthAggregatedByPriceBestFirst() {
        books.bid(alice, "180", 2);
        books.bid(bob, "180", 1);
        books.bid(alice, "175.50", 4);
        books.ask(carol, "200", 1);
        books.ask(carol, "210", 3);
        books.ask(bob, "200", 2);

        MarketData market = books.trading.market(books.productId, books.sizeId).orElseThrow();

        assertThat(market.highestBid()).isEqualTo(price("180.00"));
        assertThat(market.lowestAsk()).isEqualTo(price("200.00"));
        assertThat(market.spread()).isEqualTo(price("20.00"));
        assertThat(market.bidDepth())
                .containsExactly(new PriceLevel(price("180.00"), 3, 2), new PriceLevel(price("175.50"), 4, 1));
        assertThat(market.askDepth())
                .containsExactly(new PriceLevel(price("200.00"), 3, 2), new PriceLevel(price("210.00"), 3, 1));
    }

    @Test
    void depthShowsTheTenBestLevelsOfEachSide() {
        for (int level = 1; level <= 12; level++) {
            books.bid(alice, String.valueOf(100 - level), 1);
            books.ask(bob, String.valueOf(200 + level), 1);
        }

        MarketData market = books.trading.market(books.productId, books.sizeId).orElseThrow();

        assertThat(market.bidDepth())
                .hasSize(10)
                .first()
                .extracting(PriceLevel::price)
                .isEqualTo(price("99.00"));
        assertThat(market.bidDepth().get(9).price()).isEqualTo(price("90.00"));
        assertThat(market.askDepth())
                .hasSize(10)
                .first()
                .extracting(PriceLevel::price)
                .isEqualTo(price("201.00"));
        assertThat(market.askDepth().get(9).price()).isEqualTo(price("210.00"));
    }

    @Test
    void onlyTheUnfilledRemainderOfLiveUnexpiredOffersCounts() {
        books.ask(alice, "200", 3);
        books.bid(bob, "200", 1);
        long cancelled = books.ask(carol, "190", 1).offer().id();
        books.trading.cancelAsk(carol, cancelled);
        books.trading.placeAsk(carol, new PlaceOffer(books.productId, books.sizeId, price("150"), 1, 1));
        books.clock.advance(Duration.ofDays(1));

        MarketData market = books.trading.market(books.productId, books.sizeId).orElseThrow();

        assertThat(market.askDepth()).containsExactly(new PriceLevel(price("200.00"), 2, 1));
        assertThat(market.highestBid()).isNull();
        assertThat(market.spread()).isNull();
    }

    @Test
    void theLastSaleIsTheLatestMatchAndEveryMatchCountsAsASale() {
        books.ask(alice, "200", 2);
        books.bid(bob, "200", 1);
        books.clock.advance(Duration.ofHours(1));
        Instant later = books.clock.instant();
        books.ask(alice, "190", 1);
        books.bid(carol, "250", 2);

        MarketData market = books.trading.market(books.productId, books.sizeId).orElseThrow();

        assertThat(market.salesCount()).isEqualTo(3);
        assertThat(market.lastSaleAt()).isEqualTo(later);
        assertThat(market.lastSalePrice()).isEqualTo(price("200.00"));
    }

    @Test
    void aSizeOfAnotherProductHasNoMarket() {
        long other = books.rows.product("CW2288-111");

        assertThat(books.trading.market(other, books.sizeId)).isEmpty();
        assertThat(books.trading.market(books.productId, 999_999)).isEmpty();
    }

    @Test
    void everySizeOfAProductHasItsBestPricesForTheCatalogue() {
        long quiet = books.rows.size(books.productId, "11");
        books.bid(alice, "180", 1);
        books.bid(alice, "185", 1);
        books.ask(bob, "200", 1);
        books.ask(bob, "199", 1);

        assertThat(books.trading.bestPricesBySize(books.productId))
                .containsExactly(
                        Map.entry(books.sizeId, new BestPrices(price("199.00"), price("185.00"))),
                        Map.entry(quiet, new BestPrices(null, null)));
        assertThat(books.trading.bestPricesBySize(999_999)).isEmpty();
    }

    private static BigDecimal price(String value) {
        return new BigDecimal(value);
    }
}
