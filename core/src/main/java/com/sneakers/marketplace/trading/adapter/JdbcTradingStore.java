package com.sneakers.marketplace.trading.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;
import static com.sneakers.marketplace.trading.adapter.Sql.LIVE;
import static com.sneakers.marketplace.trading.adapter.Sql.table;

import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.trading.BestPrices;
import com.sneakers.marketplace.trading.CancelResult;
import com.sneakers.marketplace.trading.MarketData;
import com.sneakers.marketplace.trading.NewOffer;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Side;
import com.sneakers.marketplace.trading.TradingStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The books in Postgres; each write is one short transaction holding only transaction-scoped locks. */
public final class JdbcTradingStore implements TradingStore {
    private final Transactions transactions;
    private final OfferReader offers = new OfferReader();
    private final MarketReader market = new MarketReader();
    private final MatchingEngine engine;

    public JdbcTradingStore(DataSource dataSource, Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.engine = new MatchingEngine(offers, new MatchEvents(outbox));
    }

    @Override
    public PlaceResult place(NewOffer offer) {
        return transactions.inTransaction(
                "place a " + offer.side() + " on size " + offer.sizeId(),
                transaction -> engine.place(transaction, offer));
    }

    @Override
    public Optional<Offer> find(Side side, long userId, long id, Instant now) {
        return transactions.read(
                "read " + side + " " + id, connection -> offers.find(connection, side, userId, id, now));
    }

    @Override
    public Page<Offer> list(Side side, long userId, OfferStatus status, Paging paging, Instant now) {
        return transactions.read(
                "list the " + side + "s of user " + userId,
                connection -> offers.list(connection, side, userId, status, paging, now));
    }

    @Override
    public CancelResult cancel(Side side, long userId, long id, Instant now) {
        return transactions.inTransaction("cancel " + side + " " + id, transaction -> {
            boolean cancelled = cancelLive(transaction, side, userId, id, now);
            Optional<Offer> offer = offers.find(transaction, side, userId, id, now);
            if (offer.isEmpty()) {
                return new CancelResult.NotFound();
            }
            return cancelled
                    ? new CancelResult.Cancelled(offer.get())
                    : new CancelResult.NotCancellable(offer.get().status());
        });
    }

    @Override
    public Optional<MarketData> market(long productId, long sizeId, Instant now) {
        return transactions.read(
                "read the book of size " + sizeId, connection -> market.market(connection, productId, sizeId, now));
    }

    @Override
    public Map<Long, BestPrices> bestPricesBySize(long productId, Instant now) {
        return transactions.read(
                "read the best prices of product " + productId,
                connection -> market.bestPricesBySize(connection, productId, now));
    }

    @Override
    public int expireDue(Instant now, int batch) {
        return transactions.inTransaction(
                "expire due offers",
                transaction -> expire(transaction, Side.BID, now, batch) + expire(transaction, Side.ASK, now, batch));
    }

    /** The guarded cancel: only a live, unexpired offer of this user changes. */
    private static boolean cancelLive(Connection transaction, Side side, long userId, long id, Instant now)
            throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement("UPDATE " + table(side)
                + " SET status = 'cancelled', cancelled_at = ?, updated_at = ?"
                + " WHERE id = ? AND user_id = ? AND " + LIVE + " AND expires_at > ?")) {
            update.setObject(1, utc(now));
            update.setObject(2, utc(now));
            update.setLong(3, id);
            update.setLong(4, userId);
            update.setObject(5, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Rows a placement holds locked are skipped, not waited for: waiting could deadlock against its
     * fills, and the next sweep expires them. Matching never skips rows.
     */
    private static int expire(Connection transaction, Side side, Instant now, int batch) throws SQLException {
        String table = table(side);
        try (PreparedStatement update = transaction.prepareStatement("UPDATE " + table
                + " SET status = 'expired', updated_at = ? WHERE " + LIVE + " AND id IN (SELECT id FROM " + table
                + " WHERE " + LIVE + " AND expires_at <= ? ORDER BY expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED)")) {
            update.setObject(1, utc(now));
            update.setObject(2, utc(now));
            update.setInt(3, batch);
            return update.executeUpdate();
        }
    }
}
