package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeded catalogue through the API: reads, search, caching, admin writes, and the platform's errors. */
class CatalogApiIT {
    private final ApiClient api = new ApiClient();

    @Test
    void theCatalogueIsSeededAndPagedInTheListShape() {
        JsonNode page =
                api.get("/api/v1/products?page=2&page_size=10&sort=name", null).json();

        assertThat(page.path("page").asInt()).isEqualTo(2);
        assertThat(page.path("page_size").asInt()).isEqualTo(10);
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(page.path("items")).hasSize(10);
        assertThat(page.path("items").get(0).path("retail_price").asText()).matches("\\d+\\.\\d{2}");
    }

    @Test
    void filtersAndBadQueriesAreHonoured() {
        JsonNode jordans =
                api.get("/api/v1/products?brand=jordan&page_size=100", null).json();
        ApiClient.Reply tooBig = api.get("/api/v1/products?page_size=101", null);

        assertThat(jordans.path("items"))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("brand").asText()).isEqualTo("Jordan"));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("errors").has("page_size")).isTrue();
    }

    @Test
    void searchIsTolerantOfCaseOrderAndAnUnfinishedLastWordAndNeedsAQuery() {
        JsonNode found = api.get("/api/v1/products/search?q=JORDAN%20ai", null).json();
        ApiClient.Reply missing = api.get("/api/v1/products/search", null);

        assertThat(found.path("items")).isNotEmpty();
        assertThat(found.path("items").get(0).path("name").asText()).containsIgnoringCase("jordan");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").has("q")).isTrue();
    }

    @Test
    void aProductComesWithImagesAndSizesAndAnUnknownOneIsNotFound() {
        long id = api.get("/api/v1/products/search?q=concord", null)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();

        JsonNode product = api.get("/api/v1/products/" + id, null).json();
        JsonNode sizes = api.get("/api/v1/products/" + id + "/sizes", null).json();

        assertThat(product.path("images")).as(product.toString()).isNotEmpty();
        assertThat(product.path("sizes")).isNotEmpty();
        assertThat(sizes.path("items")).hasSameSizeAs(product.path("sizes"));
        assertThat(api.get("/api/v1/products/999999", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/products/abc", null).status()).isEqualTo(404);
    }

    @Test
    void catalogueReadsAreCacheableAndAnswerAMatchingETagWithNotModified() {
        ApiClient.Reply first = api.get("/api/v1/products?page_size=3", null);

        ApiClient.Reply again = api.send(
                "GET", "/api/v1/products?page_size=3", null, null, Map.of("If-None-Match", first.header("ETag")));

        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void onlyAnAdminAddsProductsAndSizesAndAnSkuIsUnique() {
        String admin = adminToken();
        String user = api.post("/api/v1/auth/register", AuthApiIT.registration(AuthApiIT.unique("shopper")), null)
                .json()
                .path("access_token")
                .asText();
        String sku = "TEST-" + System.nanoTime();
        Map<String, Object> product =
                Map.of("sku", sku, "name", "Test Runner", "brand", "Nike", "retail_price", "120.00");

        ApiClient.Reply byUser = api.post("/api/v1/products", product, user);
        ApiClient.Reply created = api.post("/api/v1/products", product, admin);
        ApiClient.Reply duplicate = api.post("/api/v1/products", product, admin);
        long id = created.json().path("id").asLong();
        ApiClient.Reply size = api.post("/api/v1/products/" + id + "/sizes", Map.of("value", "10.5"), admin);
        ApiClient.Reply sameSize = api.post("/api/v1/products/" + id + "/sizes", Map.of("value", "10.5"), admin);
        ApiClient.Reply renamed = api.put("/api/v1/products/" + id, Map.of("name", "Test Runner 2"), admin);

        assertThat(byUser.status()).isEqualTo(403);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/products/" + id);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(size.status()).isEqualTo(201);
        assertThat(sameSize.status()).isEqualTo(409);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Test Runner 2");
        assertThat(api.get("/api/v1/products/" + id, null)
                        .json()
                        .path("sizes")
                        .get(0)
                        .path("value")
                        .asText())
                .isEqualTo("10.5");
    }

    @Test
    void unknownRoutesWrongMethodsAndHugeBodiesGetTheirProblems() {
        ApiClient.Reply unknown = api.get("/api/v1/nothing-here", null);
        ApiClient.Reply wrongMethod = api.delete("/api/v1/products", null);
        ApiClient.Reply huge = api.post("/api/v1/auth/login", "{\"email\":\"" + "x".repeat(70_000) + "\"}", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(unknown.header("RateLimit-Limit")).isNotNull();
    }

    @Test
    void theApiDescribesItselfAndServesItsDocumentationPage() {
        JsonNode document = api.get("/api/v1/openapi.json", null).json();
        ApiClient.Reply page = api.get("/docs", null);
        ApiClient.Reply script = api.get("/docs/swagger-ui-bundle.js", null);

        assertThat(document.path("paths").has("/api/v1/products/{id}")).isTrue();
        assertThat(page.body()).contains("/api/v1/openapi.json").contains("/docs/swagger-ui-bundle.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
    }

    private String adminToken() {
        return api.post(
                        "/api/v1/auth/login",
                        Map.of("email", Marketplace.ADMIN_EMAIL, "password", Marketplace.ADMIN_PASSWORD),
                        null)
                .json()
                .path("access_token")
                .asText();
    }
}
