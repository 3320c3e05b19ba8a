package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.http.Route;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.trading.CancelResult;
import com.sneakers.marketplace.trading.Invalid;
import com.sneakers.marketplace.trading.MarketData;
import com.sneakers.marketplace.trading.Match;
import com.sneakers.marketplace.trading.Offer;
import com.sneakers.marketplace.trading.OfferStatus;
import com.sneakers.marketplace.trading.PlaceOffer;
import com.sneakers.marketplace.trading.PlaceResult;
import com.sneakers.marketplace.trading.PriceLevel;
import com.sneakers.marketplace.trading.Side;
import com.sneakers.marketplace.trading.Trading;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bids, asks and market data. */
final class TradingEndpoints {
    private static final Duration MARKET_MAX_AGE = Duration.ofSeconds(10);

    private final Trading trading;

    private TradingEndpoints(Trading trading) {
        this.trading = trading;
    }

    static List<Route> routes(Trading trading) {
        TradingEndpoints endpoints = new TradingEndpoints(trading);
        return List.of(
                Route.post("/api/v1/bids", Route.Access.USER, request -> endpoints.place(request, Side.BID))
                        .withIdempotencyKey(),
                Route.get("/api/v1/bids", Route.Access.USER, request -> endpoints.list(request, Side.BID)),
                Route.get("/api/v1/bids/{id}", Route.Access.USER, request -> endpoints.one(request, Side.BID)),
                Route.delete("/api/v1/bids/{id}", Route.Access.USER, request -> endpoints.cancel(request, Side.BID)),
                Route.post("/api/v1/asks", Route.Access.USER, request -> endpoints.place(request, Side.ASK))
                        .withIdempotencyKey(),
                Route.get("/api/v1/asks", Route.Access.USER, request -> endpoints.list(request, Side.ASK)),
                Route.get("/api/v1/asks/{id}", Route.Access.USER, request -> endpoints.one(request, Side.ASK)),
                Route.delete("/api/v1/asks/{id}", Route.Access.USER, request -> endpoints.cancel(request, Side.ASK)),
                Route.get("/api/v1/market/{product_id}/{size_id}", Route.Access.PUBLIC, endpoints::market)
                        .cacheable(MARKET_MAX_AGE));
    }

    private ApiResponse place(ApiRequest request, Side side) {
        JsonFields fields = request.json();
        PlaceOffer offer = new PlaceOffer(
                fields.requiredLong("product_id"),
                fields.requiredLong("size_id"),
                fields.optionalDecimal("price").orElseGet(() -> {
                    fields.reject("price", "is required");
                    return null;
                }),
                fields.optionalLong("quantity").map(Long::intValue).orElse(null),
                fields.optionalLong("expires_in_days").map(Long::intValue).orElse(null));
        fields.validated();
        long userId = request.requireCaller().userId();
        PlaceResult result = side == Side.BID ? trading.placeBid(userId, offer) : trading.placeAsk(userId, offer);
        if (result instanceof PlaceResult.Placed placed) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(key(side), offerBody(placed.offer()));
            body.put(
                    "matches",
                    placed.matches().stream().map(TradingEndpoints::matchBody).toList());
            return ApiResponse.created(body)
                    .withHeader(
                            "Location",
                            "/api/v1/" + key(side) + "s/" + placed.offer().id());
        }
        return Problem.validation(((Invalid) result).errors()).toResponse();
    }

    private ApiResponse list(ApiRequest request, Side side) {
        Paging paging = Pagination.of(request);
        OfferStatus status = request.queryParameter("status")
                .map(value -> OfferStatus.fromWire(value)
                        .orElseThrow(() -> new ProblemException(Problem.validation(Map.of(
                                "status", "must be one of active, partially_filled, matched, cancelled, expired")))))
                .orElse(null);
        long userId = request.requireCaller().userId();
        Page<Offer> page =
                side == Side.BID ? trading.bids(userId, status, paging) : trading.asks(userId, status, paging);
        return ApiResponse.ok(Pagination.body(page, TradingEndpoints::offerBody));
    }

    private ApiResponse one(ApiRequest request, Side side) {
        long userId = request.requireCaller().userId();
        return PathIds.parse(request.pathParameter("id"))
                .flatMap(id -> side == Side.BID ? trading.bid(userId, id) : trading.ask(userId, id))
                .map(offer -> ApiResponse.ok(offerBody(offer)))
                .orElseGet(() -> notFound(side, request));
    }

    private ApiResponse cancel(ApiRequest request, Side side) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return notFound(side, request);
        }
        long userId = request.requireCaller().userId();
        CancelResult result =
                side == Side.BID ? trading.cancelBid(userId, id.get()) : trading.cancelAsk(userId, id.get());
        if (result instanceof CancelResult.Cancelled cancelled) {
            return ApiResponse.ok(offerBody(cancelled.offer()));
        }
        if (result instanceof CancelResult.NotCancellable notCancellable) {
            return Problem.conflict("The " + key(side) + " is "
                            + notCancellable.currentStatus().wire() + " and can no longer be cancelled.")
                    .toResponse();
        }
        return notFound(side, request);
    }

    private ApiResponse market(ApiRequest request) {
        Optional<Long> productId = PathIds.parse(request.pathParameter("product_id"));
        Optional<Long> sizeId = PathIds.parse(request.pathParameter("size_id"));
        if (productId.isEmpty() || sizeId.isEmpty()) {
            return Problem.notFound("No such product size.").toResponse();
        }
        return trading.market(productId.get(), sizeId.get())
                .map(market -> ApiResponse.ok(marketBody(market)))
                .orElseGet(() -> Problem.notFound("No such product size.").toResponse());
    }

    private static ApiResponse notFound(Side side, ApiRequest request) {
        return Problem.notFound("You have no " + key(side) + " " + request.pathParameter("id") + ".")
                .toResponse();
    }

    private static String key(Side side) {
        return side == Side.BID ? "bid" : "ask";
    }

    private static Map<String, Object> offerBody(Offer offer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", offer.id());
        body.put("product_id", offer.productId());
        body.put("size_id", offer.sizeId());
        body.put("price", Amounts.decimal(offer.price()));
        body.put("currency", offer.currency());
        body.put("quantity", offer.quantity());
        body.put("remaining_quantity", offer.remainingQuantity());
        body.put("status", offer.status().wire());
        body.put("expires_at", offer.expiresAt());
        body.put("created_at", offer.createdAt());
        return body;
    }

    private static Map<String, Object> matchBody(Match match) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", match.id());
        body.put("bid_id", match.bidId());
        body.put("ask_id", match.askId());
        body.put("price", Amounts.decimal(match.price()));
        body.put("currency", match.currency());
        body.put("quantity", match.quantity());
        body.put("created_at", match.createdAt());
        return body;
    }

    private static Map<String, Object> marketBody(MarketData market) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("product_id", market.productId());
        body.put("size_id", market.sizeId());
        body.put("highest_bid", Amounts.decimal(market.highestBid()));
        body.put("lowest_ask", Amounts.decimal(market.lowestAsk()));
        body.put("spread", Amounts.decimal(market.spread()));
        body.put("last_sale_price", Amounts.decimal(market.lastSalePrice()));
        body.put("last_sale_at", market.lastSaleAt());
        body.put("sales_count", market.salesCount());
        body.put(
                "bids",
                market.bidDepth().stream().map(TradingEndpoints::levelBody).toList());
        body.put(
                "asks",
                market.askDepth().stream().map(TradingEndpoints::levelBody).toList());
        return body;
    }

    private static Map<String, Object> levelBody(PriceLevel level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("price", Amounts.decimal(level.price()));
        body.put("quantity", level.quantity());
        body.put("orders", level.offerCount());
        return body;
    }
}
