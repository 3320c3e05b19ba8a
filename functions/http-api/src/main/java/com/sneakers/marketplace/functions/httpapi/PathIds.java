package com.sneakers.marketplace.functions.httpapi;

import java.util.Optional;

/** Ids in paths are positive numbers; anything else names no resource. */
final class PathIds {
    private PathIds() {}

    static Optional<Long> parse(String segment) {
        try {
            long id = Long.parseLong(segment);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
