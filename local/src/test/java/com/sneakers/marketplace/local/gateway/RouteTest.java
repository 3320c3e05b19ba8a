package com.sneakers.marketplace.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void matchesLiteralPathsAndMethodsOnly() {
        Route health = new Route("GET", "/health");

        assertThat(health.match("GET", "/health")).contains(Map.of());
        assertThat(health.match("POST", "/health")).isEmpty();
        assertThat(health.match("GET", "/health/deep")).isEmpty();
    }

    @Test
    void bindsPathParameters() {
        Route market = new Route("GET", "/api/v1/market/{product_id}/{size_id}");

        assertThat(market.match("GET", "/api/v1/market/12/7")).contains(Map.of("product_id", "12", "size_id", "7"));
        assertThat(market.match("GET", "/api/v1/market/12")).isEmpty();
    }

    @Test
    void aGreedyParameterTakesTheRestOfThePathAndAnyMatchesEveryMethod() {
        Route proxy = new Route("ANY", "/api/{proxy+}");

        assertThat(proxy.match("DELETE", "/api/v1/bids/3")).contains(Map.of("proxy", "v1/bids/3"));
        assertThat(proxy.match("GET", "/api")).isEmpty();
    }

    @Test
    void theDefaultRouteTakesEveryRequestButOnlyWhenNothingElseMatches() {
        assertThat(Route.DEFAULT.match("PATCH", "/anything/at/all")).contains(Map.of());
        assertThat(Route.DEFAULT.routeKey()).isEqualTo("$default");
        assertThat(Route.DEFAULT.specificity()).isLessThan(new Route("ANY", "/{proxy+}").specificity());
    }

    @Test
    void moreLiteralRoutesAreMoreSpecific() {
        assertThat(new Route("GET", "/api/v1/orders/buyer").specificity())
                .isGreaterThan(new Route("GET", "/api/v1/orders/{id}").specificity());
        assertThat(new Route("GET", "/api/v1/orders/{id}").specificity())
                .isGreaterThan(new Route("ANY", "/api/{proxy+}").specificity());
    }
}
