package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

    @Test
    void aTokenCarries256RandomBitsInUrlSafeBase64WithoutPadding() {
        String token = RefreshTokens.generate();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> tokens.add(RefreshTokens.generate()));

        assertThat(tokens).hasSize(1000);
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        assertThat(RefreshTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
