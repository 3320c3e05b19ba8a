package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.catalog.AddSizeResult;
import com.sneakers.marketplace.catalog.Catalog;
import com.sneakers.marketplace.catalog.CreateResult;
import com.sneakers.marketplace.catalog.ImageDraft;
import com.sneakers.marketplace.catalog.Invalid;
import com.sneakers.marketplace.catalog.ListQuery;
import com.sneakers.marketplace.catalog.ListResult;
import com.sneakers.marketplace.catalog.Product;
import com.sneakers.marketplace.catalog.ProductDraft;
import com.sneakers.marketplace.catalog.ProductImage;
import com.sneakers.marketplace.catalog.SearchQuery;
import com.sneakers.marketplace.catalog.Size;
import com.sneakers.marketplace.catalog.SkuTaken;
import com.sneakers.marketplace.catalog.UpdateResult;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.Route;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.trading.BestPrices;
import com.sneakers.marketplace.trading.Trading;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue: public, cacheable reads and admin writes. */
final class CatalogEndpoints {
    /** Product pages carry live market prices per size, so they may be kept only briefly. */
    private static final Duration WITH_MARKET_PRICES = Duration.ofSeconds(10);

    private final Catalog catalog;
    private final Trading trading;

    private CatalogEndpoints(Catalog catalog, Trading trading) {
        this.catalog = catalog;
        this.trading = trading;
    }

    static List<Route> routes(Catalog catalog, Trading trading) {
        CatalogEndpoints endpoints = new CatalogEndpoints(catalog, trading);
        return List.of(
                Route.get("/api/v1/products", Route.Access.PUBLIC, endpoints::list)
                        .cacheable(),
                Route.get("/api/v1/products/search", Route.Access.PUBLIC, endpoints::search)
                        .cacheable(),
                Route.get("/api/v1/products/{id}", Route.Access.PUBLIC, endpoints::product)
                        .cacheable(WITH_MARKET_PRICES),
                Route.get("/api/v1/products/{id}/sizes", Route.Access.PUBLIC, endpoints::sizes)
                        .cacheable(WITH_MARKET_PRICES),
                Route.post("/api/v1/products", Route.Access.ADMIN, endpoints::create)
                        .withIdempotencyKey(),
                Route.put("/api/v1/products/{id}", Route.Access.ADMIN, endpoints::update),
                Route.post("/api/v1/products/{id}/sizes", Route.Access.ADMIN, endpoints::addSize)
                        .withIdempotencyKey());
    }

    private ApiResponse list(ApiRequest request) {
        return page(catalog.list(new ListQuery(
                query(request, "page"),
                query(request, "page_size"),
                query(request, "brand"),
                query(request, "category"),
                query(request, "sort"))));
    }

    private ApiResponse search(ApiRequest request) {
        return page(catalog.search(
                new SearchQuery(query(request, "q"), query(request, "page"), query(request, "page_size"))));
    }

    private ApiResponse product(ApiRequest request) {
        return PathIds.parse(request.pathParameter("id"))
                .flatMap(catalog::product)
                .map(product -> ApiResponse.ok(productBody(product, trading.bestPricesBySize(product.id()))))
                .orElseGet(() -> productNotFound(request));
    }

    private ApiResponse sizes(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        return id.flatMap(catalog::sizes)
                .map(sizes -> {
                    Map<Long, BestPrices> prices = trading.bestPricesBySize(id.get());
                    return ApiResponse.ok(Map.of(
                            "items",
                            sizes.stream().map(size -> sizeBody(size, prices)).toList()));
                })
                .orElseGet(() -> productNotFound(request));
    }

    private ApiResponse create(ApiRequest request) {
        CreateResult result = catalog.create(draft(request.json(), List.of()));
        if (result instanceof CreateResult.Created created) {
            return ApiResponse.created(productBody(created.product(), Map.of()))
                    .withHeader(
                            "Location", "/api/v1/products/" + created.product().id());
        }
        return refusal(result);
    }

    private ApiResponse update(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return productNotFound(request);
        }
        UpdateResult result = catalog.update(id.get(), draft(request.json(), null));
        if (result instanceof UpdateResult.Updated updated) {
            return ApiResponse.ok(productBody(
                    updated.product(),
                    trading.bestPricesBySize(updated.product().id())));
        }
        if (result instanceof UpdateResult.NotFound) {
            return productNotFound(request);
        }
        return refusal(result);
    }

    private ApiResponse addSize(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        JsonFields fields = request.json();
        String value = fields.requiredText("value");
        fields.validated();
        if (id.isEmpty()) {
            return productNotFound(request);
        }
        AddSizeResult result = catalog.addSize(id.get(), value);
        if (result instanceof AddSizeResult.Added added) {
            return ApiResponse.created(sizeBody(added.size(), Map.of()));
        }
        if (result instanceof AddSizeResult.ProductNotFound) {
            return productNotFound(request);
        }
        if (result instanceof AddSizeResult.SizeExists exists) {
            return Problem.conflict("The product already has size " + exists.value() + ".")
                    .toResponse();
        }
        return Problem.validation(((Invalid) result).errors()).toResponse();
    }

    private static ProductDraft draft(JsonFields fields, List<ImageDraft> images) {
        ProductDraft draft = new ProductDraft(
                fields.optionalText("sku").orElse(null),
                fields.optionalText("name").orElse(null),
                fields.optionalText("brand").orElse(null),
                fields.optionalText("model").orElse(null),
                fields.optionalText("colorway").orElse(null),
                fields.optionalText("category").orElse(null),
                fields.optionalText("description").orElse(null),
                fields.optionalDecimal("retail_price").orElse(null),
                null,
                fields.optionalLong("release_year").map(Long::intValue).orElse(null),
                images);
        fields.validated();
        return draft;
    }

    private static ApiResponse refusal(Object result) {
        if (result instanceof SkuTaken taken) {
            return Problem.conflict("A product with SKU " + taken.sku() + " already exists.")
                    .toResponse();
        }
        return Problem.validation(((Invalid) result).errors()).toResponse();
    }

    private static ApiResponse page(ListResult result) {
        if (result instanceof ListResult.Listed listed) {
            Page<Product> page = listed.page();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "items",
                    page.items().stream().map(CatalogEndpoints::summaryBody).toList());
            body.put("page", page.page());
            body.put("page_size", page.pageSize());
            body.put("total", page.total());
            return ApiResponse.ok(body);
        }
        return Problem.validation(((Invalid) result).errors()).toResponse();
    }

    private static ApiResponse productNotFound(ApiRequest request) {
        return Problem.notFound("No product " + request.pathParameter("id") + ".")
                .toResponse();
    }

    private static String query(ApiRequest request, String name) {
        return request.queryParameter(name).orElse(null);
    }

    private static Map<String, Object> summaryBody(Product product) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", product.id());
        body.put("sku", product.sku());
        body.put("name", product.name());
        body.put("brand", product.brand());
        body.put("model", product.model());
        body.put("colorway", product.colorway());
        body.put("category", product.category());
        body.put("retail_price", Amounts.decimal(product.retailPrice()));
        body.put("currency", product.currency());
        body.put("release_year", product.releaseYear());
        body.put(
                "image_url",
                product.images().isEmpty() ? null : product.images().get(0).url());
        return body;
    }

    private static Map<String, Object> productBody(Product product, Map<Long, BestPrices> prices) {
        Map<String, Object> body = summaryBody(product);
        body.put("description", product.description());
        body.put(
                "images",
                product.images().stream().map(CatalogEndpoints::imageBody).toList());
        body.put(
                "sizes",
                product.sizes().stream().map(size -> sizeBody(size, prices)).toList());
        return body;
    }

    private static Map<String, Object> imageBody(ProductImage image) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", image.url());
        body.put("alt_text", image.altText());
        body.put("position", image.position());
        return body;
    }

    /** A size with the best prices on its book: the lowest ask (buy now) and the highest bid (sell now). */
    private static Map<String, Object> sizeBody(Size size, Map<Long, BestPrices> prices) {
        Optional<BestPrices> best = Optional.ofNullable(prices.get(size.id()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", size.id());
        body.put("product_id", size.productId());
        body.put("value", size.value());
        body.put("system", size.system());
        body.put(
                "lowest_ask",
                best.map(BestPrices::lowestAsk).map(Amounts::decimal).orElse(null));
        body.put(
                "highest_bid",
                best.map(BestPrices::highestBid).map(Amounts::decimal).orElse(null));
        return body;
    }
}
