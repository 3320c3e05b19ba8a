package com.sneakers.marketplace.trading.violations;

import com.fasterxml.jackson.databind.JsonNode;

/** A deliberate breach of the domain wall: a wire format (Jackson) in a domain class. */
public class DomainRuleReadingJson {
    public String price(JsonNode event) {
        return event.path("price").asText();
    }
}
