package com.sneakers.marketplace.catalog.adapter;

import static com.sneakers.marketplace.catalog.adapter.Results.created;
import static com.sneakers.marketplace.catalog.adapter.Results.listed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CatalogService;
import com.sneakers.marketplace.catalog.Drafts;
import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.Invalid;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductImage;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.testing.MutableClock;
import com.sneakers.marketplace.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listing products from a real Postgres: pages, filters and sorts. */
class CatalogListingIT {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private static Catalog catalog;

    /** Listed one minute apart in this order, except the last two, listed at the same instant. */
    @BeforeAll
    static void catalogueOfEightProducts() {
        catalog = new CatalogService(new JdbcCatalogStore(TestDatabase.migrated()), CLOCK);
        add(Drafts.product("DZ5485-612", "Air Jordan 1 High", "Jordan")
                .category("basketball")
                .price("180"));
        add(Drafts.product("DD1391-100", "Dunk Low", "Nike")
                .category("lifestyle")
                .price("110"));
        add(Drafts.product("CT1685-100", "Air Max 90", "Nike")
                .category("lifestyle")
                .price("130"));
        add(Drafts.product("1201A019-108", "Gel-Kayano 14", "ASICS")
                .category("running")
                .price("150"));
        add(Drafts.product("VN000D3HY28", "Old Skool", "Vans").category("skateboarding"));
        add(Drafts.product("B75806", "adidas Samba OG", "adidas")
                .category("lifestyle")
                .price("100")
                .images(new ImageDraft("https://images.sneakers.example/b75806.jpg", "adidas Samba OG")));
        add(Drafts.product("CW2288-111", "Air Force 1 '07", "Nike")
                .category("lifestyle")
                .price("110"));
        created(catalog.create(Drafts.product("M990GL6", "990v6", "New Balance")
                .category("running")
                .price("200")
                .build()));
    }

    private static void add(Drafts draft) {
        CLOCK.advance(Duration.ofMinutes(1));
        created(catalog.create(draft.build()));
    }

    @Test
    void listsTheNewestFirstByDefaultAndTheLaterIdFirstWhenListedTogether() {
        assertThat(names(list(null, null, null, null, null)))
                .containsExactly(
                        "990v6",
                        "Air Force 1 '07",
                        "adidas Samba OG",
                        "Old Skool",
                        "Gel-Kayano 14",
                        "Air Max 90",
                        "Dunk Low",
                        "Air Jordan 1 High");
        assertThat(names(list(null, null, null, null, "newest"))).startsWith("990v6", "Air Force 1 '07");
    }

    @Test
    void sortsByNameIgnoringCase() {
        assertThat(names(list(null, null, null, null, "name")))
                .containsExactly(
                        "990v6",
                        "adidas Samba OG",
                        "Air Force 1 '07",
                        "Air Jordan 1 High",
                        "Air Max 90",
                        "Dunk Low",
                        "Gel-Kayano 14",
                        "Old Skool");
    }

    @Test
    void sortsByRetailPriceLowestFirstWithTiesByIdAndUnpricedLast() {
        assertThat(names(list(null, null, null, null, "price_low")))
                .containsExactly(
                        "adidas Samba OG",
                        "Dunk Low",
                        "Air Force 1 '07",
                        "Air Max 90",
                        "Gel-Kayano 14",
                        "Air Jordan 1 High",
                        "990v6",
                        "Old Skool");
    }

    @Test
    void sortsByRetailPriceHighestFirstWithTiesByIdAndUnpricedLast() {
        assertThat(names(list(null, null, null, null, "price_high")))
                .containsExactly(
                        "990v6",
                        "Air Jordan 1 High",
                        "Gel-Kayano 14",
                        "Air Max 90",
                        "Dunk Low",
                        "Air Force 1 '07",
                        "adidas Samba OG",
                        "Old Skool");
    }

    @Test
    void filtersByBrandIgnoringCase() {
        Page<Product> nike = list(null, null, "NIKE", null, "name");

        assertThat(names(nike)).containsExactly("Air Force 1 '07", "Air Max 90", "Dunk Low");
        assertThat(nike.total()).isEqualTo(3);
        assertThat(names(list(null, null, "new balance", null, null))).containsExactly("990v6");
    }

    @Test
    void filtersByCategoryIgnoringCase() {
        assertThat(names(list(null, null, null, "Running", "name"))).containsExactly("990v6", "Gel-Kayano 14");
    }

    @Test
    void combinesTheBrandAndCategoryFilters() {
        assertThat(names(list(null, null, "nike", "basketball", null))).isEmpty();
        assertThat(names(list(null, null, "jordan", "basketball", null))).containsExactly("Air Jordan 1 High");
    }

    @Test
    void anUnknownBrandListsNothing() {
        Page<Product> page = list(null, null, "Crocs", null, null);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void pagesSplitTheListWithoutGapsOrOverlapAndEachKnowsTheTotal() {
        List<String> all = names(list(null, null, null, null, "name"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Page<Product> products = list(String.valueOf(page), "3", null, null, "name");
            assertThat(products.page()).isEqualTo(page);
            assertThat(products.pageSize()).isEqualTo(3);
            assertThat(products.total()).isEqualTo(8);
            paged.addAll(names(products));
        }

        assertThat(paged).isEqualTo(all);
        assertThat(names(list("3", "3", null, null, "name"))).hasSize(2);
    }

    @Test
    void aPageAfterTheLastIsEmptyButStillCountsTheWholeList() {
        Page<Product> beyond = list("4", "3", null, null, null);

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(8);
    }

    @Test
    void theDefaultPageHoldsTwentyProducts() {
        Page<Product> page = list(null, null, null, null, null);

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.pageSize()).isEqualTo(20);
        assertThat(page.items()).hasSize(8);
    }

    @Test
    void listedProductsComeWithTheirImagesAndSizes() {
        Product samba = list(null, null, "adidas", null, null).items().get(0);
        catalog.addSize(samba.id(), "9");

        Product listed = list(null, null, "adidas", null, null).items().get(0);
        assertThat(listed.images())
                .containsExactly(new ProductImage("https://images.sneakers.example/b75806.jpg", "adidas Samba OG", 0));
        assertThat(listed.sizes()).extracting(Size::value).containsExactly("9");
    }

    @Test
    void anInvalidQueryIsRefusedFieldByField() {
        assertThat(catalog.list(new ListQuery("0", "101", null, "sandals", "cheapest")))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                        .containsOnlyKeys("page", "page_size", "category", "sort"));
    }

    private static Page<Product> list(String page, String pageSize, String brand, String category, String sort) {
        return listed(catalog.list(new ListQuery(page, pageSize, brand, category, sort)));
    }

    private static List<String> names(Page<Product> page) {
        return page.items().stream().map(Product::name).toList();
    }
}
