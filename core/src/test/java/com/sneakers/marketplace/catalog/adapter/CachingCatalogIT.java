package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.catalog.adapter.Results.created;
import static com.sneakers.marketplace.catalog.adapter.Results.listed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import com.sneakers.marketplace.catalog.Drafts;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.ListResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.SearchQuery;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-container cache in front of a real Postgres whose rows the test changes behind its back. */
class CachingCatalogIT {
    private static final ListQuery ALL = new ListQuery(null, null, null, null, null);
    private static final SearchQuery DUNK = new SearchQuery("dunk", null, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private DataSource database;
    private Catalog uncached;
    private Catalog cached;
    private long dunkId;

    @BeforeEach
    void cachedCatalogueOfOneProduct() {
        database = TestDatabase.migrated();
        uncached = new CatalogService(new JdbcCatalogStore(database), clock);
        cached = new CachingCatalog(uncached, clock.ticker());
        dunkId = created(uncached.create(
                        Drafts.product("DD1391-100", "Dunk Low", "Nike").build()))
                .id();
        uncached.addSize(dunkId, "9");
    }

    @Test
    void aSecondReadIsServedFromTheCacheNotTheDatabaseForFiveMinutes() throws SQLException {
        readEverything();
        execute("UPDATE products SET name = 'Dunk Low Retro' WHERE id = " + dunkId);
        execute("UPDATE sizes SET size_value = '9.5' WHERE product_id = " + dunkId);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(cached.product(dunkId).orElseThrow().name()).isEqualTo("Dunk Low");
        assertThat(sizes()).containsExactly("9");
        assertThat(names(cached.list(ALL))).containsExactly("Dunk Low");
        assertThat(names(cached.search(DUNK))).containsExactly("Dunk Low");
    }

    @Test
    void readsAreFetchedAgainOnceFiveMinutesHavePassed() throws SQLException {
        readEverything();
        execute("UPDATE products SET name = 'Dunk Low Retro' WHERE id = " + dunkId);
        execute("UPDATE sizes SET size_value = '9.5' WHERE product_id = " + dunkId);
        clock.advance(Duration.ofMinutes(5));

        assertThat(cached.product(dunkId).orElseThrow().name()).isEqualTo("Dunk Low Retro");
        assertThat(sizes()).containsExactly("9.5");
        assertThat(names(cached.list(ALL))).containsExactly("Dunk Low Retro");
        assertThat(names(cached.search(DUNK))).containsExactly("Dunk Low Retro");
    }

    @Test
    void anUnknownProductStaysUnknownUntilItsEntryExpires() {
        long next = dunkId + 1;
        assertThat(cached.product(next)).isEmpty();
        created(uncached.create(
                Drafts.product("CW2288-111", "Air Force 1", "Nike").build()));

        assertThat(cached.product(next)).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(cached.product(next)).isPresent();
    }

    @Test
    void aWriteThroughTheCacheIsSeenByTheNextReadAtOnce() {
        readEverything();

        cached.update(dunkId, Drafts.changes().name("Dunk Low Retro").build());
        cached.addSize(dunkId, "10");
        cached.create(
                Drafts.product("DD1503-101", "Dunk Low Next Nature", "Nike").build());

        assertThat(cached.product(dunkId).orElseThrow().name()).isEqualTo("Dunk Low Retro");
        assertThat(sizes()).containsExactly("9", "10");
        assertThat(names(cached.list(ALL))).containsExactlyInAnyOrder("Dunk Low Retro", "Dunk Low Next Nature");
        assertThat(names(cached.search(DUNK))).containsExactlyInAnyOrder("Dunk Low Retro", "Dunk Low Next Nature");
    }

    @Test
    void everyKindOfWriteThroughTheCacheForgetsEveryCachedRead() throws SQLException {
        Map<String, Runnable> writes = new LinkedHashMap<>();
        writes.put(
                "update",
                () -> cached.update(
                        dunkId, Drafts.changes().colorway("White/Black").build()));
        writes.put("add size", () -> cached.addSize(dunkId, "11"));
        writes.put(
                "create",
                () -> cached.create(Drafts.product("DD1391-103", "Dunk Low Grey Fog", "Nike")
                        .build()));
        int round = 0;
        for (Map.Entry<String, Runnable> write : writes.entrySet()) {
            readEverything();
            round++;
            String renamedBehindItsBack = "Dunk Low " + round;
            String sizeAddedBehindItsBack = String.valueOf(3 + round);
            execute("UPDATE products SET name = '" + renamedBehindItsBack + "' WHERE id = " + dunkId);
            execute("INSERT INTO sizes (product_id, size_value) VALUES (" + dunkId + ", '" + sizeAddedBehindItsBack
                    + "')");

            write.getValue().run();

            assertThat(cached.product(dunkId).orElseThrow().name())
                    .as(write.getKey())
                    .isEqualTo(renamedBehindItsBack);
            assertThat(sizes()).as(write.getKey()).contains(sizeAddedBehindItsBack);
            assertThat(names(cached.list(ALL))).as(write.getKey()).contains(renamedBehindItsBack);
            assertThat(names(cached.search(DUNK))).as(write.getKey()).contains(renamedBehindItsBack);
        }
    }

    private void readEverything() {
        cached.product(dunkId);
        cached.sizes(dunkId);
        cached.list(ALL);
        cached.search(DUNK);
    }

    private List<String> sizes() {
        return cached.sizes(dunkId).orElseThrow().stream().map(Size::value).toList();
    }

    private static List<String> names(ListResult result) {
        return listed(result).items().stream().map(Product::name).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
