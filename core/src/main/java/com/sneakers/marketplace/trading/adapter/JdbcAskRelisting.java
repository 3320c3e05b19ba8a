package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.AskRelisting;
import com.sneakers.marketplace.trading.MatchId;
import java.time.Instant;
import javax.sql.DataSource;

/** Relists asks in Postgres, inside the current transaction, through the matching engine. */
final class JdbcAskRelisting implements AskRelisting {
    private final Transactions transactions;
    private final MatchingEngine engine;

    JdbcAskRelisting(DataSource dataSource, Outbox outbox) {
        this.transactions = new Transactions(dataSource);
        this.engine = new MatchingEngine(new OfferReader(), new MatchEvents(outbox));
    }

    @Override
    public void relist(MatchId matchId, Instant at) {
        transactions.inTransaction("relist the ask of match " + matchId, transaction -> {
            engine.relistAsk(transaction, matchId.value(), at);
            return null;
        });
    }
}
