package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.TradingService;
import java.time.Clock;
import javax.sql.DataSource;

/** Trading as a function uses it. */
public final class TradingModule {
    private TradingModule() {}

    /** Trading over the database, its matches' events written to the outbox. */
    public static Trading create(DataSource dataSource, Clock clock) {
        return new TradingService(new JdbcTradingStore(dataSource, new Outbox()), clock);
    }

    /** Relisting of asks whose orders fall through, for the orders domain's cancellations. */
    public static AskRelisting askRelisting() {
        return new AskRelisting(new Outbox());
    }
}
