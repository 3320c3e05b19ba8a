package com.sneakers.marketplace.functions.sweeper;

import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.db.DataSources;
import com.sneakers.marketplace.platform.db.DatabaseConfig;
import com.sneakers.marketplace.platform.health.DependencyCheck;
import com.sneakers.marketplace.platform.health.DependencyChecks;
import com.sneakers.marketplace.platform.outbox.EventBridgePublisher;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxRelay;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import com.sneakers.marketplace.trading.Trading;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled rule's target: the timed work of the marketplace. It expires bids and asks past
 * their expiry and relays outbox events their writers did not publish; the orders issue adds
 * auto-completion and unpaid-order cancellation here.
 */
public final class Sweeper implements Function<Map<String, Object>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
    private static final int OUTBOX_BATCH = 100;
    private static final int EXPIRY_BATCH = 500;

    private final OutboxRelay outboxRelay;
    private final Trading trading;
    private final Clock clock;
    private final List<DependencyCheck> primingReads;

    Sweeper(OutboxRelay outboxRelay, Trading trading, Clock clock, List<DependencyCheck> primingReads) {
        this.outboxRelay = outboxRelay;
        this.trading = trading;
        this.clock = clock;
        this.primingReads = primingReads;
    }

    static Sweeper wire(Settings settings) {
        Clock clock = Clock.systemUTC();
        SecretStore secrets = new SecretStore(AwsClients.secretsManager());
        var dataSource = DataSources.lazyPooled(() -> DatabaseConfig.from(settings, secrets));
        var eventBridge = AwsClients.eventBridge();
        var publisher = new EventBridgePublisher(eventBridge, settings.required("EVENT_BUS_NAME"));
        return new Sweeper(
                new OutboxRelay(dataSource, new Outbox(), publisher, clock),
                TradingModule.create(dataSource, clock),
                clock,
                List.of(
                        DependencyChecks.database(dataSource),
                        DependencyChecks.eventBridge(eventBridge, settings.required("EVENT_BUS_NAME"))));
    }

    /**
     * SnapStart warm-up: a sweep writes, so priming only reads: a database round trip and the event
     * bus's description load the JDBC, pool and AWS SDK code the sweep uses.
     */
    public void prime() {
        for (DependencyCheck read : primingReads) {
            try {
                read.verify();
            } catch (Exception e) {
                LOG.warn("Priming read of {} failed", read.name(), e);
            }
        }
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> scheduledEvent) {
        try {
            int expired = trading.expireDue(clock.instant(), EXPIRY_BATCH);
            OutboxRelay.Result relayed = outboxRelay.relayDue(OUTBOX_BATCH);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("orders_expired", expired);
            summary.put("outbox_published", relayed.published());
            summary.put("outbox_failed", relayed.failed());
            LOG.info("Sweep done: {}", summary);
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("The sweep could not reach the database", e);
        }
    }
}
