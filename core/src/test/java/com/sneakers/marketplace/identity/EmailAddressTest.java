package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "  alice@example.com\t", "Alice@Example.COM", " ALICE@EXAMPLE.COM "})
    void anAddressIsTrimmedAndLowerCased(String raw) {
        assertThat(EmailAddress.normalise(raw)).contains("alice@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"first.last+tag@mail.example.co.uk", "o'brien@example.ie", "x_y-z@sub-domain.example.org"})
    void commonRealAddressesAreAccepted(String email) {
        assertThat(EmailAddress.normalise(email)).contains(email);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "alice",
                "alice@",
                "@example.com",
                "alice@example",
                "alice@@example.com",
                "ali ce@example.com",
                "alice@exa mple.com",
                "alice@-example.com",
                "alice@example..com",
                "alïce@example.com"
            })
    void somethingThatIsNotAnEmailAddressIsRejected(String raw) {
        assertThat(EmailAddress.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 300})
    void anOverlongAddressIsRejected(int localPartLength) {
        assertThat(EmailAddress.normalise("a".repeat(localPartLength) + "@example.com"))
                .isEmpty();
    }
}
