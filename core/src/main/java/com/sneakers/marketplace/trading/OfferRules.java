package com.sneakers.marketplace.trading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What a bid or ask must be before it reaches the book; whether its product and size exist is the store's to say. */
public final class OfferRules {
    public static final BigDecimal DEFAULT_MINIMUM_PRICE = new BigDecimal("25.00");
    static final BigDecimal MAX_PRICE = new BigDecimal("100000.00");
    static final int MAX_QUANTITY = 10;
    static final Set<Integer> EXPIRY_DAYS = Set.of(1, 3, 7, 14, 30, 60);
    static final int BID_DEFAULT_EXPIRY_DAYS = 30;
    static final int ASK_DEFAULT_EXPIRY_DAYS = 60;

    private OfferRules() {}

    /** The checked offer at the default minimum price, or a message per snake_case field. */
    public static Checked check(Side side, long userId, PlaceOffer request, Instant now) {
        return check(side, userId, request, now, DEFAULT_MINIMUM_PRICE);
    }

    /**
     * The checked offer against {@code minimumPrice}, which keeps every sale's seller payout above zero
     * and its charge above Stripe's minimum.
     */
    public static Checked check(Side side, long userId, PlaceOffer request, Instant now, BigDecimal minimumPrice) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.productId() == null) {
            errors.put("product_id", "is required");
        }
        if (request.sizeId() == null) {
            errors.put("size_id", "is required");
        }
        BigDecimal price = price(request.price(), minimumPrice, errors);
        int quantity = quantity(request.quantity(), errors);
        int expiresInDays = expiresInDays(side, request.expiresInDays(), errors);
        if (!errors.isEmpty()) {
            return new Checked(null, new Invalid(errors));
        }
        return new Checked(
                new NewOffer(
                        side,
                        userId,
                        request.productId(),
                        request.sizeId(),
                        price,
                        quantity,
                        now.plus(Duration.ofDays(expiresInDays)),
                        now),
                null);
    }

    private static BigDecimal price(BigDecimal price, BigDecimal minimum, Map<String, String> errors) {
        if (price == null) {
            errors.put("price", "is required");
        } else if (price.compareTo(minimum) < 0) {
            errors.put("price", "must be at least " + minimum.toPlainString());
        } else if (price.stripTrailingZeros().scale() > 2) {
            errors.put("price", "must have at most 2 decimals");
        } else if (price.compareTo(MAX_PRICE) > 0) {
            errors.put("price", "must be at most " + MAX_PRICE.toPlainString());
        } else {
            return price.setScale(2);
        }
        return null;
    }

    private static int quantity(Integer quantity, Map<String, String> errors) {
        if (quantity == null) {
            return 1;
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            errors.put("quantity", "must be from 1 to " + MAX_QUANTITY);
        }
        return quantity;
    }

    private static int expiresInDays(Side side, Integer days, Map<String, String> errors) {
        if (days == null) {
            return side == Side.BID ? BID_DEFAULT_EXPIRY_DAYS : ASK_DEFAULT_EXPIRY_DAYS;
        }
        if (!EXPIRY_DAYS.contains(days)) {
            errors.put("expires_in_days", "must be one of 1, 3, 7, 14, 30, 60");
        }
        return days;
    }

    /** Either the offer to place or why it cannot be placed. */
    public record Checked(NewOffer offer, Invalid invalid) {

        public boolean isValid() {
            return invalid == null;
        }
    }
}
