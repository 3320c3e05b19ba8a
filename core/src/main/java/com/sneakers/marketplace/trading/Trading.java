package com.sneakers.marketplace.trading;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Bids, asks and their matching. Refusals are results, never exceptions; an exception means a bug or
 * a broken database. Reads of one user's offers are scoped to that user: someone else's are empty.
 */
public interface Trading {

    /** Places a bid and matches it at once against every ask it crosses. */
    PlaceResult placeBid(long userId, PlaceOffer request);

    /** Places an ask and matches it at once against every bid it crosses. */
    PlaceResult placeAsk(long userId, PlaceOffer request);

    Optional<Offer> bid(long userId, long id);

    Optional<Offer> ask(long userId, long id);

    /** The user's bids, newest first, only those with {@code status} when it is not null. */
    Page<Offer> bids(long userId, OfferStatus status, Paging paging);

    /** The user's asks, newest first, only those with {@code status} when it is not null. */
    Page<Offer> asks(long userId, OfferStatus status, Paging paging);

    /** Takes the unfilled remainder of the bid off the book. */
    CancelResult cancelBid(long userId, long id);

    /** Takes the unfilled remainder of the ask off the book. */
    CancelResult cancelAsk(long userId, long id);

    /** The book of one size of a product; empty when the size is not one of the product's. */
    Optional<MarketData> market(long productId, long sizeId);

    /** Each size of the product (in the catalogue's size order) with its best prices; empty map for no sizes. */
    Map<Long, BestPrices> bestPricesBySize(long productId);

    /** Marks up to {@code batch} live offers per side whose expiry is due at {@code now}; returns how many. */
    int expireDue(Instant now, int batch);
}
