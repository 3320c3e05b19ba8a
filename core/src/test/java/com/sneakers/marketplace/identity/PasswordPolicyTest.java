package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"sneaker1", "correct horse battery staple", "12345678a", "pässwörd"})
    void aPasswordOfEightOrMoreCharactersThatIsNotJustDigitsIsAccepted(String password) {
        assertThat(PasswordPolicy.problem(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "sneak1!"})
    void aPasswordShorterThanEightCharactersIsRefused(String password) {
        assertThat(PasswordPolicy.problem(password)).contains("must be at least 8 characters");
    }

    @Test
    void lengthIsCountedInCharactersNotInUtf16Units() {
        String sevenEmoji = "👟".repeat(7);

        assertThat(PasswordPolicy.problem(sevenEmoji)).contains("must be at least 8 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "00000000000", "٣٣٣٣٣٣٣٣٣"})
    void aPasswordOfOnlyDigitsIsRefused(String password) {
        assertThat(PasswordPolicy.problem(password)).contains("must not be only digits");
    }

    @Test
    void aPasswordOfExactly72BytesIsAccepted() {
        assertThat(PasswordPolicy.problem("a".repeat(72))).isEmpty();
    }

    @Test
    void aPasswordBcryptWouldTruncateIsRefusedCountingBytesNotCharacters() {
        String thirtySevenTwoByteCharacters = "é".repeat(37);

        assertThat(PasswordPolicy.problem("a".repeat(73))).contains("must be at most 72 bytes");
        assertThat(PasswordPolicy.problem(thirtySevenTwoByteCharacters)).contains("must be at most 72 bytes");
    }
}
