package com.sneakers.marketplace.trading.adapter;

import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.trading.AskRelisting;
import com.sneakers.marketplace.trading.MatchHistory;
import com.sneakers.marketplace.trading.OfferRules;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.TradingService;
import java.math.BigDecimal;
import java.time.Clock;
import javax.sql.DataSource;

/** Trading as a function uses it. */
public final class TradingModule {
    private TradingModule() {}

    /** Trading over the database, its matches' events written to the outbox, at the default minimum price. */
    public static Trading create(DataSource dataSource, Outbox outbox, Clock clock) {
        return new TradingService(new JdbcTradingStore(dataSource, outbox), clock);
    }

    /** Trading with the deployment's minimum price ({@code TRADING_MINIMUM_PRICE}, a decimal; default 25.00). */
    public static Trading create(Settings settings, DataSource dataSource, Outbox outbox, Clock clock) {
        BigDecimal minimumPrice = settings.optional("TRADING_MINIMUM_PRICE")
                .map(BigDecimal::new)
                .orElse(OfferRules.DEFAULT_MINIMUM_PRICE);
        return new TradingService(new JdbcTradingStore(dataSource, outbox), minimumPrice, clock);
    }

    /** The matches made in a window, for the orders context's re-drive of orders whose match event was lost. */
    public static MatchHistory matchHistory(DataSource dataSource) {
        return new JdbcMatchHistory(dataSource);
    }

    /** The relisting port, for the orders context's cancellations. */
    public static AskRelisting askRelisting(DataSource dataSource, Outbox outbox) {
        return new JdbcAskRelisting(dataSource, outbox);
    }
}
