package com.sneakers.marketplace.trading.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.json.Json;
import com.sneakers.marketplace.platform.outbox.OutboxEvent;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.PlaceResult.Placed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each match's {@code match.created} event, written to the outbox in the placement's transaction. */
class MatchEventsIT {
    private final TradingFixture books = new TradingFixture();
    private final long alice = books.user("alice");
    private final long bob = books.user("bob");

    @Test
    void everyMatchWritesOneMatchCreatedEventWithItsFacts() throws Exception {
        long first = books.ask(alice, "215", 1).offer().id();
        long second = books.ask(alice, "220", 2).offer().id();

        var before = books.bus.published();
        Placed bid = books.bid(bob, "220", 3);
        List<UUID> published = books.bus.publishedSince(before).stream()
                .map(OutboxEvent::eventId)
                .toList();

        assertThat(published).hasSize(2).doesNotHaveDuplicates();
        List<Event> events = outbox();
        assertThat(events).extracting(Event::eventId).containsExactlyElementsOf(published);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.source()).isEqualTo("marketplace.trading");
            assertThat(event.detailType()).isEqualTo("match.created");
        });
        Match match = bid.matches().get(0);
        JsonNode detail = events.get(0).detail();
        assertThat(detail.path("event_id").asText()).isEqualTo(published.get(0).toString());
        assertThat(detail.path("occurred_at").asText()).isEqualTo(TradingFixture.START.toString());
        assertThat(detail.path("match_id").asLong()).isEqualTo(match.id());
        assertThat(detail.path("bid_id").asLong()).isEqualTo(bid.offer().id());
        assertThat(detail.path("ask_id").asLong()).isEqualTo(first);
        assertThat(detail.path("buyer_id").asLong()).isEqualTo(bob);
        assertThat(detail.path("seller_id").asLong()).isEqualTo(alice);
        assertThat(detail.path("product_id").asLong()).isEqualTo(books.productId);
        assertThat(detail.path("size_id").asLong()).isEqualTo(books.sizeId);
        assertThat(detail.path("price").isTextual()).isTrue();
        assertThat(detail.path("price").asText()).isEqualTo("215.00");
        assertThat(detail.path("currency").asText()).isEqualTo("USD");
        assertThat(detail.path("quantity").asInt()).isEqualTo(1);
        assertThat(events.get(1).detail().path("ask_id").asLong()).isEqualTo(second);
        assertThat(events.get(1).detail().path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void anOfferThatRestsWritesNoEvent() {
        books.bid(bob, "100", 1);

        assertThat(books.number("SELECT COUNT(*) FROM outbox")).isZero();
    }

    @Test
    void aPlacementWhoseCommitFailsLeavesNoEventNoMatchAndTheBookAsItWas() {
        long ask = books.ask(alice, "215", 1).offer().id();
        refuseEveryCommitThatAddsAMatch();

        assertThatThrownBy(() -> books.bid(bob, "215", 1)).isInstanceOf(IllegalStateException.class);

        assertThat(books.number("SELECT COUNT(*) FROM outbox")).isZero();
        assertThat(books.number("SELECT COUNT(*) FROM matches")).isZero();
        assertThat(books.number("SELECT COUNT(*) FROM bids")).isZero();
        assertThat(books.number("SELECT remaining_quantity FROM asks WHERE id = ?", ask))
                .isEqualTo(1);
    }

    /** A deferred trigger fails at commit, after the match and its event were written. */
    private void refuseEveryCommitThatAddsAMatch() {
        books.execute("CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$");
        books.execute("CREATE CONSTRAINT TRIGGER refuse_match_commit AFTER INSERT ON matches"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_commit()");
    }

    private List<Event> outbox() throws Exception {
        List<Event> events = new ArrayList<>();
        try (Connection connection = books.database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT event_id, source, detail_type, detail::text FROM outbox ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                events.add(new Event(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        Json.mapper().readTree(rows.getString(4))));
            }
        }
        return events;
    }

    private record Event(UUID eventId, String source, String detailType, JsonNode detail) {}
}
