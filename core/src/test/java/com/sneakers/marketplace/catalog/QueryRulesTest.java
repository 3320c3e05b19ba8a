package com.sneakers.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.platform.paging.Paging;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryRulesTest {

    @Test
    void anEmptyListQueryAsksForTheFirstTwentyNewestProductsOfAnyBrandAndCategory() {
        Validated<ProductListing> listing = QueryRules.listing(new ListQuery(null, null, null, null, null));

        assertThat(listing.value()).isEqualTo(new ProductListing(new Paging(1, 20), null, null, ProductSort.NEWEST));
    }

    @Test
    void blankParametersCountAsAbsent() {
        Validated<ProductListing> listing = QueryRules.listing(new ListQuery(" ", "", " ", "", " "));

        assertThat(listing.value()).isEqualTo(new ProductListing(new Paging(1, 20), null, null, ProductSort.NEWEST));
    }

    @Test
    void readsPagingFiltersAndSortTrimmingThemAndLowerCasingTheCategory() {
        Validated<ProductListing> listing =
                QueryRules.listing(new ListQuery(" 3 ", "100", " Nike ", "RUNNING", "Price_High"));

        assertThat(listing.value())
                .isEqualTo(new ProductListing(new Paging(3, 100), "Nike", "running", ProductSort.PRICE_HIGH));
    }

    @Test
    void knowsEachSortByItsParameterName() {
        assertThat(sortOf("newest")).isEqualTo(ProductSort.NEWEST);
        assertThat(sortOf("name")).isEqualTo(ProductSort.NAME);
        assertThat(sortOf("price_low")).isEqualTo(ProductSort.PRICE_LOW);
        assertThat(sortOf("price_high")).isEqualTo(ProductSort.PRICE_HIGH);
    }

    @Test
    void refusesAPageThatIsNotAWholeNumberOfAtLeastOne() {
        for (String page : new String[] {"0", "-1", "1.5", "two", "99999999999"}) {
            assertThat(QueryRules.listing(new ListQuery(page, null, null, null, null))
                            .errors())
                    .as(page)
                    .containsOnlyKeys("page");
        }
    }

    @Test
    void acceptsPageSizesFromOneToAHundredOnly() {
        assertThat(pageSizeErrors("1")).isEmpty();
        assertThat(pageSizeErrors("100")).isEmpty();
        assertThat(pageSizeErrors("0")).containsEntry("page_size", "must be a whole number from 1 to 100");
        assertThat(pageSizeErrors("101")).containsEntry("page_size", "must be a whole number from 1 to 100");
        assertThat(pageSizeErrors("ten")).containsEntry("page_size", "must be a whole number from 1 to 100");
    }

    @Test
    void refusesAnUnknownSortOrCategoryNamingTheAllowedValues() {
        Validated<ProductListing> listing = QueryRules.listing(new ListQuery(null, null, null, "sandals", "popular"));

        assertThat(listing.isValid()).isFalse();
        assertThat(listing.errors())
                .containsEntry("sort", "must be one of newest, name, price_low, price_high")
                .containsEntry(
                        "category", "must be one of sneakers, basketball, running, lifestyle, skateboarding, trail");
    }

    @Test
    void reportsEveryBadParameterAtOnceUnderItsSnakeCaseName() {
        Validated<ProductListing> listing =
                QueryRules.listing(new ListQuery("0", "500", "x".repeat(101), "sandals", "popular"));

        assertThat(listing.value()).isNull();
        assertThat(listing.errors()).containsOnlyKeys("page", "page_size", "brand", "category", "sort");
    }

    @Test
    void aSearchNeedsAQuery() {
        assertThat(QueryRules.search(new SearchQuery(null, null, null)).errors())
                .containsExactlyEntriesOf(Map.of("q", "is required"));
        assertThat(QueryRules.search(new SearchQuery("   ", null, null)).errors())
                .containsEntry("q", "is required");
    }

    @Test
    void aSearchOfOnlyOperatorsAndPunctuationIsRefused() {
        assertThat(QueryRules.search(new SearchQuery("& | ! ( ) :* <->", null, null))
                        .errors())
                .containsEntry("q", "must contain a letter or a digit");
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsRefused() {
        assertThat(QueryRules.search(new SearchQuery("a".repeat(201), null, null))
                        .errors())
                .containsEntry("q", "must be at most 200 characters");
        assertThat(QueryRules.search(new SearchQuery("a".repeat(200), null, null))
                        .isValid())
                .isTrue();
    }

    @Test
    void aSearchKeepsOnlyLowerCaseWordsOfLettersAndDigits() {
        Validated<ProductSearch> search = QueryRules.search(new SearchQuery(" AIR & | ! ( ) :* Jordan's 1 ", "2", "5"));

        assertThat(search.value()).isEqualTo(new ProductSearch(new Paging(2, 5), List.of("air", "jordan", "s", "1")));
    }

    @Test
    void wordsKeepLettersOfAnyAlphabetAndSplitOnEverythingElse() {
        assertThat(QueryRules.words("Off-White™ x Nike: AIR_PRESTO 'The Ten' Köln"))
                .containsExactly("off", "white", "x", "nike", "air", "presto", "the", "ten", "köln");
    }

    @Test
    void aSearchChecksItsPagingLikeAList() {
        assertThat(QueryRules.search(new SearchQuery("nike", "0", "101")).errors())
                .containsOnlyKeys("page", "page_size");
    }

    private static ProductSort sortOf(String parameter) {
        return QueryRules.listing(new ListQuery(null, null, null, null, parameter))
                .value()
                .sort();
    }

    private static Map<String, String> pageSizeErrors(String pageSize) {
        return QueryRules.listing(new ListQuery(null, pageSize, null, null, null))
                .errors();
    }
}
