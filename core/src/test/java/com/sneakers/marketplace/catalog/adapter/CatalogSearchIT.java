package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.catalog.adapter.Results.created;
import static com.sneakers.marketplace.catalog.adapter.Results.listed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import com.sneakers.marketplace.catalog.Drafts;
import com.sneakers.marketplace.catalog.Invalid;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.SearchQuery;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Full-text search over a real Postgres. */
class CatalogSearchIT {
    private static Catalog catalog;

    @BeforeAll
    static void catalogue() {
        catalog = new CatalogService(
                new JdbcCatalogStore(TestDatabase.migrated()), new MutableClock(Instant.parse("2026-03-01T09:00:00Z")));
        add(Drafts.product("DZ5485-612", "Air Jordan 1 Retro High OG", "Jordan")
                .model("Air Jordan 1 High")
                .colorway("Varsity Red/Black-Sail-Muslin"));
        add(Drafts.product("CT1685-100", "Air Max 90", "Nike")
                .model("Air Max 90")
                .colorway("White/Black-Cool Grey-Radiant Red"));
        // "air" only in the colourway; by name alone it would come first
        add(Drafts.product("GY0295", "Adizero Adios Pro 3", "adidas")
                .model("Adizero")
                .colorway("Air Force Blue/Cloud White"));
        add(Drafts.product("FD4232-001", "Spizike Low", "Jordan").colorway("Cool Grey/Black"));
        add(Drafts.product("1201A019-108", "Gel-Kayano 14", "ASICS").colorway("Cream/Black"));
    }

    private static void add(Drafts draft) {
        created(catalog.create(draft.build()));
    }

    @Test
    void findsAProductWhateverTheCaseAndTheOrderOfTheWords() {
        assertThat(names(search("air jordan"))).containsExactly("Air Jordan 1 Retro High OG");
        assertThat(names(search("AIR JORDAN"))).containsExactly("Air Jordan 1 Retro High OG");
        assertThat(names(search("Jordan Air"))).containsExactly("Air Jordan 1 Retro High OG");
    }

    @Test
    void theLastWordMayBeTheStartOfAWord() {
        assertThat(names(search("jordan ai"))).containsExactly("Air Jordan 1 Retro High OG");
        assertThat(names(search("kay"))).containsExactly("Gel-Kayano 14");
    }

    @Test
    void onlyTheLastWordIsTakenAsAPrefix() {
        assertThat(names(search("jord spizike"))).isEmpty();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(names(search("jordan spizike"))).containsExactly("Spizike Low");
        assertThat(names(search("jordan kayano"))).isEmpty();
        assertThat(search("jordan kayano").total()).isZero();
    }

    @Test
    void searchesBrandModelAndColourwayToo() {
        assertThat(names(search("asics"))).containsExactly("Gel-Kayano 14");
        assertThat(names(search("adizero"))).containsExactly("Adizero Adios Pro 3");
        assertThat(names(search("cream"))).containsExactly("Gel-Kayano 14");
    }

    @Test
    void aNameMatchOutranksAColourwayOnlyMatchAndEqualMatchesGoByName() {
        assertThat(names(search("air")))
                .containsExactly("Air Jordan 1 Retro High OG", "Air Max 90", "Adizero Adios Pro 3");
    }

    @Test
    void searchResultsArePagedWithTheTotalOfAllMatches() {
        Page<Product> second = listed(catalog.search(new SearchQuery("air", "2", "1")));

        assertThat(names(second)).containsExactly("Air Max 90");
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pageSize()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    void tsqueryOperatorsAndPunctuationInTheQueryAreIgnored() {
        assertThat(names(search("air & | ! ( ) :*"))).isEqualTo(names(search("air")));
        assertThat(names(search("jordan:* <-> !air"))).containsExactly("Air Jordan 1 Retro High OG");
        assertThat(names(search("'\\\" jordan\\"))).hasSize(2);
    }

    @Test
    void sqlInTheQueryIsOnlySearchedFor() {
        assertThat(search("'); DROP TABLE products; --").total()).isZero();
        assertThat(listed(catalog.list(new ListQuery(null, null, null, null, null)))
                        .total())
                .isEqualTo(5);
    }

    @Test
    void aMissingBlankOrWordlessQueryIsRefusedOnFieldQ() {
        for (String q : new String[] {null, "", "   ", "&|!():*"}) {
            assertThat(catalog.search(new SearchQuery(q, null, null)))
                    .as(String.valueOf(q))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .containsOnlyKeys("q"));
        }
    }

    private static Page<Product> search(String q) {
        return listed(catalog.search(new SearchQuery(q, null, null)));
    }

    private static List<String> names(Page<Product> page) {
        return page.items().stream().map(Product::name).toList();
    }
}
