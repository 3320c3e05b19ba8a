package com.sneakers.marketplace.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher();

    @Test
    void aHashIsSaltedBcryptAtCost10AndMatchesOnlyItsPassword() {
        String hash = hasher.hash("sneaker-head");

        assertThat(hash).startsWith("$2a$10$").doesNotContain("sneaker-head");
        assertThat(hasher.hash("sneaker-head")).isNotEqualTo(hash);
        assertThat(hasher.matches("sneaker-head", hash)).isTrue();
        assertThat(hasher.matches("sneaker-hea", hash)).isFalse();
    }

    @Test
    void theDummyHashCostsAsMuchAsARealOneAndMatchesNothingUsual() {
        assertThat(hasher.dummyHash()).startsWith("$2a$" + BcryptPasswordHasher.STRENGTH + "$");
        assertThat(hasher.matches("", hasher.dummyHash())).isFalse();
        assertThat(hasher.matches("password", hasher.dummyHash())).isFalse();
    }
}
