package com.sneakers.marketplace.trading;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where the books live. {@code now} decides which offers count as expired. */
public interface TradingStore {

    /**
     * Inserts the offer and matches it against the opposite side of its book in one transaction;
     * {@link Invalid} when the product or size does not exist or the size is not the product's.
     */
    PlaceResult place(NewOffer offer);

    Optional<Offer> find(Side side, long userId, long id, Instant now);

    Page<Offer> list(Side side, long userId, OfferStatus status, Paging paging, Instant now);

    CancelResult cancel(Side side, long userId, long id, Instant now);

    Optional<MarketData> market(long productId, long sizeId, Instant now);

    Map<Long, BestPrices> bestPricesBySize(long productId, Instant now);

    int expireDue(Instant now, int batch);
}
