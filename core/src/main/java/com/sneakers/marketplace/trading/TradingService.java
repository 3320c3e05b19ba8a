package com.sneakers.marketplace.trading;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Trading's rules in front of its store, with time from the injected clock. */
public final class TradingService implements Trading {
    private final TradingStore store;
    private final BigDecimal minimumPrice;
    private final Clock clock;

    public TradingService(TradingStore store, Clock clock) {
        this(store, OfferRules.DEFAULT_MINIMUM_PRICE, clock);
    }

    /** Trading refusing bids and asks below {@code minimumPrice}. */
    public TradingService(TradingStore store, BigDecimal minimumPrice, Clock clock) {
        if (minimumPrice.signum() <= 0) {
            throw new IllegalArgumentException("The minimum price must be above zero, not " + minimumPrice);
        }
        this.store = store;
        this.minimumPrice = minimumPrice.setScale(2);
        this.clock = clock;
    }

    @Override
    public PlaceResult placeBid(long userId, PlaceOffer request) {
        return place(Side.BID, userId, request);
    }

    @Override
    public PlaceResult placeAsk(long userId, PlaceOffer request) {
        return place(Side.ASK, userId, request);
    }

    @Override
    public Optional<Offer> bid(long userId, long id) {
        return store.find(Side.BID, userId, id, clock.instant());
    }

    @Override
    public Optional<Offer> ask(long userId, long id) {
        return store.find(Side.ASK, userId, id, clock.instant());
    }

    @Override
    public Page<Offer> bids(long userId, OfferStatus status, Paging paging) {
        return store.list(Side.BID, userId, status, paging, clock.instant());
    }

    @Override
    public Page<Offer> asks(long userId, OfferStatus status, Paging paging) {
        return store.list(Side.ASK, userId, status, paging, clock.instant());
    }

    @Override
    public CancelResult cancelBid(long userId, long id) {
        return store.cancel(Side.BID, userId, id, clock.instant());
    }

    @Override
    public CancelResult cancelAsk(long userId, long id) {
        return store.cancel(Side.ASK, userId, id, clock.instant());
    }

    @Override
    public Optional<MarketData> market(long productId, long sizeId) {
        return store.market(productId, sizeId, clock.instant());
    }

    @Override
    public Map<Long, BestPrices> bestPricesBySize(long productId) {
        return store.bestPricesBySize(productId, clock.instant());
    }

    @Override
    public int expireDue(Instant now, int batch) {
        return store.expireDue(now, batch);
    }

    private PlaceResult place(Side side, long userId, PlaceOffer request) {
        OfferRules.Checked checked = OfferRules.check(side, userId, request, clock.instant(), minimumPrice);
        return checked.isValid() ? store.place(checked.offer()) : checked.invalid();
    }
}
