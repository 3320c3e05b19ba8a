package com.sneakers.marketplace.identity.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.identity.AccessTokenClaims;
import com.sneakers.marketplace.identity.Authenticated;
import com.sneakers.marketplace.identity.Role;
import com.sneakers.marketplace.identity.Unauthenticated;
import com.sneakers.marketplace.identity.Unauthenticated.Reason;
import com.sneakers.marketplace.platform.json.Json;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.WeakKeyException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class JwtAccessTokenCodecTest {
    private static final String SECRET_ID = "arn:aws:secretsmanager:us-east-1:000000000000:secret:jwt";
    private static final String SECRET = "Kq3vT8xZp2LmN7wRb5YcD1fGh4JsA6eUo9iHtVrXnQwEzMyCkBlPgFdSaJuIoT0a";
    private static final SecretKey KEY = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(15));
    private static final AccessTokenClaims CLAIMS =
            new AccessTokenClaims(42, List.of(Role.USER, Role.ADMIN), "jti-1", ISSUED, EXPIRES);
    private static final JwtConfig CONFIG =
            new JwtConfig(SECRET_ID, "sneakers-marketplace", "sneakers-marketplace-api");

    @Test
    void aSignedTokenVerifiesToItsCaller() {
        String token = codecAt(ISSUED).sign(CLAIMS);

        assertThat(codecAt(ISSUED.plusSeconds(60)).verify(token))
                .isEqualTo(new Authenticated(42, List.of(Role.USER, Role.ADMIN), "jti-1", EXPIRES));
    }

    @Test
    void aTokenCarriesTheAgreedHeaderAndClaims() {
        String token = codecAt(ISSUED).sign(CLAIMS);

        JsonNode header = part(token, 0);
        JsonNode payload = part(token, 1);
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(payload.path("sub").asText()).isEqualTo("42");
        assertThat(payload.path("roles").toString()).isEqualTo("[\"user\",\"admin\"]");
        assertThat(payload.path("jti").asText()).isEqualTo("jti-1");
        assertThat(payload.path("iat").asLong()).isEqualTo(ISSUED.getEpochSecond());
        assertThat(payload.path("exp").asLong()).isEqualTo(EXPIRES.getEpochSecond());
        assertThat(payload.path("iss").asText()).isEqualTo("sneakers-marketplace");
        assertThat(payload.path("aud").toString()).contains("sneakers-marketplace-api");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String payload = part(codecAt(ISSUED).sign(CLAIMS), 1).toString();
        String token = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(payload) + ".";

        assertThat(codecAt(ISSUED).verify(token)).isEqualTo(new Unauthenticated(Reason.UNSUPPORTED_ALGORITHM));
    }

    @Test
    void aTokenSignedWithHs512EvenWithTheRightKeyIsRefused() {
        String token = validClaims().signWith(KEY, Jwts.SIG.HS512).compact();

        assertThat(codecAt(ISSUED).verify(token)).isEqualTo(new Unauthenticated(Reason.UNSUPPORTED_ALGORITHM));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        SecretKey otherKey = Keys.hmacShaKeyFor("x".repeat(64).getBytes(StandardCharsets.UTF_8));
        String token = validClaims().signWith(otherKey, Jwts.SIG.HS256).compact();

        assertThat(codecAt(ISSUED).verify(token)).isEqualTo(new Unauthenticated(Reason.BAD_SIGNATURE));
    }

    @Test
    void aTokenWhosePayloadWasTamperedWithIsRefused() {
        String[] parts = codecAt(ISSUED).sign(CLAIMS).split("\\.");
        String otherUser = part(String.join(".", parts), 1).toString().replace("\"sub\":\"42\"", "\"sub\":\"1\"");
        String tampered = parts[0] + "." + base64Url(otherUser) + "." + parts[2];

        assertThat(codecAt(ISSUED).verify(tampered)).isEqualTo(new Unauthenticated(Reason.BAD_SIGNATURE));
    }

    @Test
    void aTokenIsAcceptedWithinTheClockSkewAfterExpiryAndRefusedAfterIt() {
        String token = codecAt(ISSUED).sign(CLAIMS);

        assertThat(codecAt(EXPIRES.plusSeconds(29)).verify(token)).isInstanceOf(Authenticated.class);
        assertThat(codecAt(EXPIRES.plusSeconds(31)).verify(token)).isEqualTo(new Unauthenticated(Reason.EXPIRED));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        JwtConfig otherIssuer = new JwtConfig(SECRET_ID, "someone-else", CONFIG.audience());
        String token = codec(otherIssuer, ISSUED).sign(CLAIMS);

        assertThat(codecAt(ISSUED).verify(token)).isEqualTo(new Unauthenticated(Reason.WRONG_ISSUER));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        JwtConfig otherAudience = new JwtConfig(SECRET_ID, CONFIG.issuer(), "another-api");
        String token = codec(otherAudience, ISSUED).sign(CLAIMS);

        assertThat(codecAt(ISSUED).verify(token)).isEqualTo(new Unauthenticated(Reason.WRONG_AUDIENCE));
    }

    @Test
    void aTokenWithoutIssuerOrAudienceIsRefused() {
        String noIssuer = Jwts.builder()
                .subject("42")
                .claim("roles", List.of("user"))
                .id("jti-1")
                .issuedAt(Date.from(ISSUED))
                .expiration(Date.from(EXPIRES))
                .audience()
                .add(CONFIG.audience())
                .and()
                .signWith(KEY, Jwts.SIG.HS256)
                .compact();
        String noAudience = Jwts.builder()
                .subject("42")
                .claim("roles", List.of("user"))
                .id("jti-1")
                .issuedAt(Date.from(ISSUED))
                .expiration(Date.from(EXPIRES))
                .issuer(CONFIG.issuer())
                .signWith(KEY, Jwts.SIG.HS256)
                .compact();

        assertThat(codecAt(ISSUED).verify(noIssuer)).isEqualTo(new Unauthenticated(Reason.WRONG_ISSUER));
        assertThat(codecAt(ISSUED).verify(noAudience)).isEqualTo(new Unauthenticated(Reason.WRONG_AUDIENCE));
    }

    @Test
    void aTokenMissingARequiredClaimIsRefused() {
        Map<String, JwtBuilder> tokens = Map.of(
                "sub", validClaims().subject(null),
                "jti", validClaims().id(null),
                "iat", validClaims().issuedAt(null),
                "exp", validClaims().expiration(null),
                "roles", validClaims().claim("roles", null));

        tokens.forEach((claim, builder) -> assertThat(codecAt(ISSUED).verify(signedHs256(builder)))
                .as("without %s", claim)
                .isEqualTo(new Unauthenticated(Reason.INVALID_CLAIMS)));
    }

    @Test
    void aTokenWithMalformedClaimsIsRefused() {
        List<JwtBuilder> tokens = List.of(
                validClaims().subject("not-a-number"),
                validClaims().claim("roles", List.of()),
                validClaims().claim("roles", List.of("user", "superuser")),
                validClaims().claim("roles", "admin"));

        tokens.forEach(builder -> assertThat(codecAt(ISSUED).verify(signedHs256(builder)))
                .isEqualTo(new Unauthenticated(Reason.INVALID_CLAIMS)));
    }

    @Test
    void somethingThatIsNotAJwtIsRefusedAsMalformed() {
        for (String token : List.of("", "   ", "garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.%%%.sig")) {
            assertThat(codecAt(ISSUED).verify(token)).as(token).isEqualTo(new Unauthenticated(Reason.MALFORMED));
        }
        assertThat(codecAt(ISSUED).verify(null)).isEqualTo(new Unauthenticated(Reason.MALFORMED));
    }

    @Test
    void aSigningKeyShorterThan256BitsIsAFailureNotARefusal() {
        JwtAccessTokenCodec weakKey = new JwtAccessTokenCodec(
                InMemorySecrets.of(Map.of(SECRET_ID, "too-short")), CONFIG, Clock.fixed(ISSUED, ZoneOffset.UTC));
        String token = codecAt(ISSUED).sign(CLAIMS);

        assertThatThrownBy(() -> weakKey.verify(token)).isInstanceOf(WeakKeyException.class);
        assertThatThrownBy(() -> weakKey.sign(CLAIMS)).isInstanceOf(WeakKeyException.class);
    }

    private static String signedHs256(JwtBuilder builder) {
        return builder.signWith(KEY, Jwts.SIG.HS256).compact();
    }

    private static JwtBuilder validClaims() {
        return Jwts.builder()
                .subject("42")
                .claim("roles", List.of("user"))
                .id("jti-1")
                .issuedAt(Date.from(ISSUED))
                .expiration(Date.from(EXPIRES))
                .issuer(CONFIG.issuer())
                .audience()
                .add(CONFIG.audience())
                .and();
    }

    private static JwtAccessTokenCodec codecAt(Instant now) {
        return codec(CONFIG, now);
    }

    private static JwtAccessTokenCodec codec(JwtConfig config, Instant now) {
        return new JwtAccessTokenCodec(
                InMemorySecrets.of(Map.of(SECRET_ID, SECRET)), config, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JsonNode part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
