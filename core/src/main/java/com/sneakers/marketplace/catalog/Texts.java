package com.sneakers.marketplace.catalog;

/** How the catalogue reads free text from clients. */
final class Texts {
    private Texts() {}

    /** The text without surrounding spaces, or null when there is nothing else. */
    static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
