package com.sneakers.marketplace.trading.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.platform.db.SqlTime;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.MatchHistory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The {@code matches} table read in (created_at, id) order, along its index. */
final class JdbcMatchHistory implements MatchHistory {
    private final Transactions transactions;

    JdbcMatchHistory(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public List<Match> matchedAfter(ScanPosition after, Instant until, int limit) {
        return transactions.read("read the matches made after " + after, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, bid_id, ask_id, buyer_id,"
                    + " seller_id, product_id, size_id, price, currency, quantity, created_at FROM matches"
                    + " WHERE (created_at, id) > (?, ?) AND created_at < ? ORDER BY created_at, id LIMIT ?")) {
                select.setObject(1, utc(after.at()));
                select.setLong(2, after.id());
                select.setObject(3, utc(until));
                select.setInt(4, limit);
                List<Match> matches = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        matches.add(new Match(
                                row.getLong("id"),
                                row.getLong("bid_id"),
                                row.getLong("ask_id"),
                                row.getLong("buyer_id"),
                                row.getLong("seller_id"),
                                row.getLong("product_id"),
                                row.getLong("size_id"),
                                row.getBigDecimal("price"),
                                row.getString("currency"),
                                row.getInt("quantity"),
                                SqlTime.instant(row, "created_at")));
                    }
                }
                return matches;
            }
        });
    }
}
