package com.sneakers.marketplace.payments.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.payments.Card;
import com.sneakers.marketplace.platform.money.Money;
import java.util.Optional;

/**
 * Facts read from a PaymentIntent's raw JSON, whatever API version stamped it: the charge is {@code
 * latest_charge} (an id or an object) in new versions and {@code charges.data[0]} in old ones.
 */
final class IntentFacts {
    private IntentFacts() {}

    static Optional<String> chargeId(JsonNode intent) {
        JsonNode latest = intent.path("latest_charge");
        if (latest.isTextual()) {
            return Optional.of(latest.asText());
        }
        return charge(intent).map(charge -> charge.path("id").asText());
    }

    /** The card as the charge describes it, when the event carries it. */
    static Optional<Card> card(JsonNode intent) {
        return charge(intent)
                .map(charge -> charge.path("payment_method_details").path("card"))
                .filter(card ->
                        card.path("brand").isTextual() && card.path("last4").isTextual())
                .map(card ->
                        new Card(card.path("brand").asText(), card.path("last4").asText()));
    }

    /**
     * What the intent says Stripe captured: {@code amount_received}, or, where an emulator leaves it out,
     * the amount of a succeeded intent.
     */
    static Optional<Money> received(JsonNode intent) {
        JsonNode currency = intent.path("currency");
        if (!currency.isTextual()) {
            return Optional.empty();
        }
        JsonNode received = intent.path("amount_received");
        if (!received.isIntegralNumber()
                && "succeeded".equals(intent.path("status").asText())) {
            received = intent.path("amount");
        }
        return received.isIntegralNumber()
                ? Optional.of(Money.ofMinorUnits(received.asLong(), currency.asText()))
                : Optional.empty();
    }

    static Optional<String> metadata(JsonNode object, String key) {
        JsonNode value = object.path("metadata").path(key);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static Optional<JsonNode> charge(JsonNode intent) {
        JsonNode latest = intent.path("latest_charge");
        if (latest.isObject()) {
            return Optional.of(latest);
        }
        JsonNode first = intent.path("charges").path("data").path(0);
        return first.isObject() ? Optional.of(first) : Optional.empty();
    }
}
