package com.sneakers.marketplace.functions.createorder;

import static com.sneakers.marketplace.testing.SqsMessages.batch;
import static com.sneakers.marketplace.testing.SqsMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sneakers.marketplace.functions.wiring.Marketplace;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.outbox.Outbox;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.RecordingPublisher;
import com.sneakers.marketplace.testing.TestDatabase;
import com.sneakers.marketplace.testing.TestRows;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.adapter.TradingModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The function as Lambda calls it, with SQS batches, over a real database. */
class CreateOrderIT {
    private final DataSource database = TestDatabase.migrated();
    private final TestRows rows = new TestRows(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final RecordingPublisher bus = new RecordingPublisher();
    private final CreateOrder function = new CreateOrder(
            new Marketplace(new Settings(Map.of()), database, bus.outbox(database, clock), null, clock).orders());

    @Test
    void aMatchEventBecomesAnOrderAndItsCreatedEventIsPublished() {
        Match match = match();

        SQSBatchResponse response = function.apply(batch(message("m-1", matchEvent(match))));

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(number("SELECT count(*) FROM orders WHERE match_id = " + match.id()))
                .isEqualTo(1);
        assertThat(bus.published()).extracting(OutboxEvent::detailType).containsExactly("order.created");
    }

    @Test
    void onlyTheBadRecordsOfABatchAreReportedAsFailed() {
        Match match = match();
        SQSEvent batch = batch(
                message("good", matchEvent(match)),
                message("not-json", "{oops"),
                message("other-type", matchEvent(match).replace("match.created", "order.created")),
                message("no-price", matchEvent(match).replace("\"price\":\"215.00\",", "")),
                message("three-decimals", matchEvent(match).replace("215.00", "215.001")),
                message(
                        "unknown-match",
                        matchEvent(match).replace("\"match_id\":" + match.id(), "\"match_id\":999999")));

        SQSBatchResponse response = function.apply(batch);

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("not-json", "other-type", "no-price", "three-decimals", "unknown-match");
        assertThat(number("SELECT count(*) FROM orders")).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredFiveTimesConcurrentlyMakesOneOrderAndEveryDeliverySucceeds() throws Exception {
        Match match = match();
        String body = matchEvent(match);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<SQSBatchResponse>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String messageId = "delivery-" + i;
            responses.add(threads.submit(() -> {
                start.await();
                return function.apply(batch(message(messageId, body)));
            }));
        }
        start.countDown();
        for (Future<SQSBatchResponse> response : responses) {
            assertThat(response.get().getBatchItemFailures()).isEmpty();
        }
        threads.shutdown();

        assertThat(number("SELECT count(*) FROM orders")).isEqualTo(1);
        assertThat(number("SELECT count(*) FROM order_status_history")).isEqualTo(1);
        assertThat(bus.published()).hasSize(1);
    }

    private Match match() {
        var trading = TradingModule.create(database, new Outbox(), clock);
        long seller = rows.user("seller");
        long buyer = rows.user("buyer");
        long product = rows.product("DZ5485-612");
        PlaceOffer offer = new PlaceOffer(product, rows.size(product, "10"), new BigDecimal("215.00"), 1, 30);
        trading.placeAsk(seller, offer);
        return ((PlaceResult.Placed) trading.placeBid(buyer, offer)).matches().get(0);
    }

    /** The event as the rule delivers it: the whole EventBridge event is the message body. */
    private static String matchEvent(Match match) {
        return "{\"version\":\"0\",\"id\":\"e-" + match.id() + "\",\"detail-type\":\"match.created\","
                + "\"source\":\"marketplace.trading\",\"account\":\"000000000000\",\"time\":\"2026-11-25T12:00:00Z\","
                + "\"region\":\"us-east-1\",\"resources\":[],\"detail\":{\"event_id\":\"0b7c8f57-7c1e-4c52-9d7e-0d6c3a0c1f11\","
                + "\"occurred_at\":\"2026-11-25T12:00:00Z\",\"match_id\":" + match.id() + ",\"bid_id\":" + match.bidId()
                + ",\"ask_id\":" + match.askId() + ",\"buyer_id\":" + match.buyerId() + ",\"seller_id\":"
                + match.sellerId() + ",\"product_id\":" + match.productId() + ",\"size_id\":" + match.sizeId()
                + ",\"price\":\"215.00\",\"currency\":\"USD\",\"quantity\":1}}";
    }

    private long number(String sql) {
        return rows.number(sql);
    }
}
