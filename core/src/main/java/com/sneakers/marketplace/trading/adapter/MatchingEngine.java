package com.sneakers.marketplace.trading.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;
import static com.sneakers.marketplace.trading.adapter.Sql.LIVE;
import static com.sneakers.marketplace.trading.adapter.Sql.table;

import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.trading.Invalid;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.NewOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.Side;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places an offer and matches it inside the caller's transaction. Every placement on a book first
 * locks the book's size row until commit, so matching on one book is serial and sees every earlier
 * placement; fills are still guarded updates, so a concurrent cancel can only make one count for nothing.
 */
final class MatchingEngine {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingEngine.class);

    private final OfferReader reader;
    private final MatchEvents events;

    MatchingEngine(OfferReader reader, MatchEvents events) {
        this.reader = reader;
        this.events = events;
    }

    PlaceResult place(Connection transaction, NewOffer offer) throws SQLException {
        Optional<Invalid> unknownBook = lockBook(transaction, offer.productId(), offer.sizeId());
        if (unknownBook.isPresent()) {
            return unknownBook.get();
        }
        long id = insert(transaction, offer);
        List<Match> matched = matchAgainstBook(transaction, offer, id);
        return new PlaceResult.Placed(
                reader.find(transaction, offer.side(), offer.userId(), id, offer.createdAt())
                        .orElseThrow(),
                matched);
    }

    /**
     * Gives a match's quantity back to its ask, unless the ask has expired or been cancelled since,
     * and matches the ask against the bids it now crosses.
     */
    void relistAsk(Connection transaction, long matchId, Instant now) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement(
                "SELECT ask_id, product_id, size_id, quantity FROM matches WHERE id = ?")) {
            select.setLong(1, matchId);
            try (ResultSet match = select.executeQuery()) {
                if (!match.next()) {
                    throw new IllegalStateException("No match " + matchId + " to relist");
                }
                lockBook(transaction, match.getLong("product_id"), match.getLong("size_id"));
                Optional<NewOffer> relisted =
                        giveBack(transaction, match.getLong("ask_id"), match.getInt("quantity"), now);
                if (relisted.isPresent()) {
                    matchAgainstBook(transaction, relisted.get(), match.getLong("ask_id"));
                }
            }
        }
    }

    /** The ask back on the book with {@code quantity} more, as an offer matching can continue from. */
    private static Optional<NewOffer> giveBack(Connection transaction, long askId, int quantity, Instant now)
            throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement("UPDATE asks"
                + " SET remaining_quantity = remaining_quantity + ?,"
                + " status = CASE WHEN remaining_quantity + ? = quantity THEN 'active' ELSE 'partially_filled' END,"
                + " updated_at = ?"
                + " WHERE id = ? AND status IN ('active', 'partially_filled', 'matched') AND expires_at > ?"
                + " AND remaining_quantity + ? <= quantity"
                + " RETURNING user_id, product_id, size_id, price, remaining_quantity, expires_at")) {
            update.setInt(1, quantity);
            update.setInt(2, quantity);
            update.setObject(3, utc(now));
            update.setLong(4, askId);
            update.setObject(5, utc(now));
            update.setInt(6, quantity);
            try (ResultSet row = update.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new NewOffer(
                        Side.ASK,
                        row.getLong("user_id"),
                        row.getLong("product_id"),
                        row.getLong("size_id"),
                        row.getBigDecimal("price"),
                        row.getInt("remaining_quantity"),
                        SqlTime.instant(row, "expires_at"),
                        now));
            }
        }
    }

    /** Fills the offer (already on the book as {@code id}) against every counter-offer it crosses. */
    private List<Match> matchAgainstBook(Connection transaction, NewOffer offer, long id) throws SQLException {
        Instant now = offer.createdAt();
        int remaining = offer.quantity();
        List<Match> matches = new ArrayList<>();
        Optional<Resting> counter;
        while (remaining > 0 && (counter = bestCounter(transaction, offer)).isPresent()) {
            Resting resting = counter.get();
            int quantity = Math.min(remaining, resting.remainingQuantity());
            if (!fill(transaction, offer.side().opposite(), resting.id(), quantity, now)) {
                LOG.debug(
                        "{} {} left the book while matching; looking again",
                        offer.side().opposite(),
                        resting.id());
                continue;
            }
            if (!fill(transaction, offer.side(), id, quantity, now)) {
                throw new IllegalStateException("The offer " + id + " could not be filled by " + quantity);
            }
            remaining -= quantity;
            Match match = insertMatch(transaction, offer, id, resting, quantity);
            matches.add(match);
            events.append(transaction, match);
        }
        return matches;
    }

    /** Locks the size row for this transaction; a refusal when the size is unknown or another product's. */
    private static Optional<Invalid> lockBook(Connection transaction, long productId, long sizeId) throws SQLException {
        try (PreparedStatement lock =
                transaction.prepareStatement("SELECT product_id FROM sizes WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, sizeId);
            try (ResultSet row = lock.executeQuery()) {
                if (row.next() && row.getLong(1) == productId) {
                    return Optional.empty();
                }
            }
        }
        if (!productExists(transaction, productId)) {
            return Optional.of(new Invalid(Map.of("product_id", "does not exist")));
        }
        return Optional.of(new Invalid(Map.of("size_id", "is not a size of this product")));
    }

    private static boolean productExists(Connection transaction, long productId) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement("SELECT 1 FROM products WHERE id = ?")) {
            select.setLong(1, productId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long insert(Connection transaction, NewOffer offer) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO " + table(offer.side())
                + " (user_id, product_id, size_id, price, quantity, remaining_quantity, expires_at, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, offer.userId());
            insert.setLong(2, offer.productId());
            insert.setLong(3, offer.sizeId());
            insert.setBigDecimal(4, offer.price());
            insert.setInt(5, offer.quantity());
            insert.setInt(6, offer.quantity());
            insert.setObject(7, utc(offer.expiresAt()));
            insert.setObject(8, utc(offer.createdAt()));
            insert.setObject(9, utc(offer.createdAt()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The counter-offer with priority among those the offer crosses: best price, then earliest, then
     * lowest id; never the same user's, nor an expired or finished one.
     */
    private static Optional<Resting> bestCounter(Connection transaction, NewOffer offer) throws SQLException {
        boolean buying = offer.side() == Side.BID;
        try (PreparedStatement select =
                transaction.prepareStatement("SELECT id, user_id, price, currency, remaining_quantity FROM "
                        + table(offer.side().opposite())
                        + " WHERE size_id = ? AND " + LIVE + " AND expires_at > ? AND user_id <> ?"
                        + (buying ? " AND price <= ? ORDER BY price ASC" : " AND price >= ? ORDER BY price DESC")
                        + ", created_at, id LIMIT 1")) {
            select.setLong(1, offer.sizeId());
            select.setObject(2, utc(offer.createdAt()));
            select.setLong(3, offer.userId());
            select.setBigDecimal(4, offer.price());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Resting(
                        row.getLong("id"),
                        row.getLong("user_id"),
                        row.getBigDecimal("price"),
                        row.getString("currency"),
                        row.getInt("remaining_quantity")));
            }
        }
    }

    /** Takes {@code quantity} off a live offer's remainder; false when it is no longer live or has less left. */
    private static boolean fill(Connection transaction, Side side, long id, int quantity, Instant now)
            throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement("UPDATE " + table(side)
                + " SET remaining_quantity = remaining_quantity - ?,"
                + " status = CASE WHEN remaining_quantity = ? THEN 'matched' ELSE 'partially_filled' END,"
                + " updated_at = ? WHERE id = ? AND " + LIVE + " AND remaining_quantity >= ?")) {
            update.setInt(1, quantity);
            update.setInt(2, quantity);
            update.setObject(3, utc(now));
            update.setLong(4, id);
            update.setInt(5, quantity);
            return update.executeUpdate() == 1;
        }
    }

    private static Match insertMatch(
            Connection transaction, NewOffer offer, long offerId, Resting resting, int quantity) throws SQLException {
        boolean buying = offer.side() == Side.BID;
        long bidId = buying ? offerId : resting.id();
        long askId = buying ? resting.id() : offerId;
        long buyerId = buying ? offer.userId() : resting.userId();
        long sellerId = buying ? resting.userId() : offer.userId();
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO matches (bid_id, ask_id, buyer_id, seller_id, product_id, size_id, price, currency,"
                        + " quantity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, bidId);
            insert.setLong(2, askId);
            insert.setLong(3, buyerId);
            insert.setLong(4, sellerId);
            insert.setLong(5, offer.productId());
            insert.setLong(6, offer.sizeId());
            insert.setBigDecimal(7, resting.price());
            insert.setString(8, resting.currency());
            insert.setInt(9, quantity);
            insert.setObject(10, utc(offer.createdAt()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return new Match(
                        row.getLong(1),
                        bidId,
                        askId,
                        buyerId,
                        sellerId,
                        offer.productId(),
                        offer.sizeId(),
                        resting.price(),
                        resting.currency(),
                        quantity,
                        offer.createdAt());
            }
        }
    }

    /** A counter-offer on the book, as far as matching needs it. */
    private record Resting(long id, long userId, BigDecimal price, String currency, int remainingQuantity) {}
}
