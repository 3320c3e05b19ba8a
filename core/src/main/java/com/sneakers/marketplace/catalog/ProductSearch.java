package com.sneakers.marketplace.catalog;

import com.sneakers.marketplace.platform.paging.Paging;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked search: lower-case words of letters and digits, each of which a product must match;
 * the last may be the start of a word, since the user may still be typing it.
 */
public record ProductSearch(Paging paging, List<String> words) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public ProductSearch {
        if (words.isEmpty()
                || !words.stream().allMatch(word -> WORD.matcher(word).matches())) {
            throw new IllegalArgumentException("Search words must be letters and digits: " + words);
        }
        words = List.copyOf(words);
    }
}
