package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.AskRelisting;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.TradingService;
import java.time.Clock;
import javax.sql.DataSource;

/** Trading as a function uses it. */
public final class TradingModule {
    private TradingModule() {}

    /** Trading over the database, its matches' events written to the outbox. */
    public static Trading create(DataSource dataSource, Outbox outbox, Clock clock) {
        return new TradingService(new JdbcTradingStore(dataSource, outbox), clock);
    }

    /** The relisting port, for the orders context's cancellations. */
    public static AskRelisting askRelisting(DataSource dataSource, Outbox outbox) {
        return new JdbcAskRelisting(dataSource, outbox);
    }
}
