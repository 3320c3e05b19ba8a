package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sneakers.marketplace.platform.aws.AwsClients;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, token rotation and sign-out through the local gateway and the packaged function. */
class AuthApiIT {
    private final ApiClient api = new ApiClient();

    @Test
    void registeringCreatesANormalisedAccountAndSignsItIn() {
        String email = unique("New.Buyer");

        ApiClient.Reply reply = api.post("/api/v1/auth/register", registration(email), null);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.path("user").path("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(body.path("user").path("roles")).extracting(JsonNode::asText).containsExactly("user");
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(900);
        assertThat(api.get("/api/v1/users/profile", body.path("access_token").asText())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSecondAccountWithTheSameEmailInAnotherCaseIsAConflict() {
        String email = unique("twice");
        api.post("/api/v1/auth/register", registration(email), null);

        ApiClient.Reply again = api.post("/api/v1/auth/register", registration(email.toUpperCase()), null);

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void weakPasswordsAndMissingFieldsAreValidationProblemsPerField() {
        ApiClient.Reply digits = api.post(
                "/api/v1/auth/register",
                Map.of("email", unique("weak"), "password", "12345678", "first_name", "A", "last_name", "B"),
                null);
        ApiClient.Reply missing = api.post("/api/v1/auth/register", Map.of("email", "not-an-email"), null);

        assertThat(digits.status()).isEqualTo(400);
        assertThat(digits.json().path("errors").has("password")).isTrue();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").has("password")).isTrue();
        assertThat(missing.json().path("errors").has("first_name")).isTrue();
    }

    @Test
    void malformedJsonAndTheWrongMediaTypeAreRefused() {
        ApiClient.Reply malformed = api.post("/api/v1/auth/login", "{\"email\":", null);
        ApiClient.Reply xml =
                api.send("POST", "/api/v1/auth/login", "<login/>", null, Map.of("Content-Type", "application/xml"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(xml.status()).isEqualTo(415);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String email = unique("login");
        api.post("/api/v1/auth/register", registration(email), null);

        ApiClient.Reply wrongPassword =
                api.post("/api/v1/auth/login", Map.of("email", email, "password", "not-the-password"), null);
        ApiClient.Reply unknownEmail =
                api.post("/api/v1/auth/login", Map.of("email", unique("nobody"), "password", "not-the-password"), null);
        ApiClient.Reply right = api.post("/api/v1/auth/login", Map.of("email", email, "password", "sneakers123"), null);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("detail"))
                .isEqualTo(unknownEmail.json().path("detail"));
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void refreshRotatesAndReusingAnOldRefreshTokenRevokesTheWholeFamily() {
        JsonNode signedIn = register();
        String first = signedIn.path("refresh_token").asText();

        ApiClient.Reply rotated = api.post("/api/v1/auth/refresh", Map.of("refresh_token", first), null);
        String second = rotated.json().path("refresh_token").asText();
        ApiClient.Reply reuse = api.post("/api/v1/auth/refresh", Map.of("refresh_token", first), null);
        ApiClient.Reply afterRevocation = api.post("/api/v1/auth/refresh", Map.of("refresh_token", second), null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(afterRevocation.status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheRefreshTokenFamilyAndTheAccessToken() {
        JsonNode signedIn = register();
        String access = signedIn.path("access_token").asText();
        String refresh = signedIn.path("refresh_token").asText();

        ApiClient.Reply logout = api.post("/api/v1/auth/logout", Map.of("refresh_token", refresh), access);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/profile", access).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void forgedAccessTokensAreUnauthorized() {
        JsonNode signedIn = register();
        String token = signedIn.path("access_token").asText();
        String userId = signedIn.path("user").path("id").asText();
        String[] parts = token.split("\\.");
        String unsignedHeader = base64Url("{\"alg\":\"none\"}");
        SecretKey realKey = Keys.hmacShaKeyFor(jwtKey().getBytes(StandardCharsets.UTF_8));

        List<String> forged = List.of(
                unsignedHeader + "." + parts[1] + ".",
                parts[0] + "."
                        + base64Url(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                                .replace("\"user\"", "\"admin\""))
                        + "." + parts[2],
                signed(realKey, userId, "sneakers-marketplace", Instant.now().minusSeconds(3600)),
                signed(realKey, userId, "someone-else", Instant.now().plusSeconds(600)),
                signed(
                        Keys.hmacShaKeyFor(new byte[64]),
                        userId,
                        "sneakers-marketplace",
                        Instant.now().plusSeconds(600)));

        for (String attack : forged) {
            ApiClient.Reply reply = api.get("/api/v1/users/profile", attack);
            assertThat(reply.status()).as(attack).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(api.get(
                                "/api/v1/users/profile",
                                signed(
                                        realKey,
                                        userId,
                                        "sneakers-marketplace",
                                        Instant.now().plusSeconds(600)))
                        .status())
                .as("the same forging code with the real key, issuer and expiry is accepted")
                .isEqualTo(200);
    }

    @Test
    void aProtectedRouteWithoutATokenChallengesForOne() {
        ApiClient.Reply reply = api.get("/api/v1/users/profile", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private JsonNode register() {
        return api.post("/api/v1/auth/register", registration(unique("user")), null)
                .json();
    }

    static Map<String, String> registration(String email) {
        return Map.of("email", email, "password", "sneakers123", "first_name", "Test", "last_name", "Buyer");
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String signed(SecretKey key, String subject, String issuer, Instant expiresAt) {
        return Jwts.builder()
                .subject(subject)
                .claim("roles", List.of("user"))
                .id(UUID.randomUUID().toString())
                .issuer(issuer)
                .audience()
                .add("sneakers-marketplace-api")
                .and()
                .issuedAt(Date.from(expiresAt.minusSeconds(900)))
                .expiration(Date.from(expiresAt))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    private static String jwtKey() {
        String secretArn = Marketplace.runtime().stack().ref("JwtSigningKeySecret");
        return AwsClients.secretsManager()
                .getSecretValue(request -> request.secretId(secretArn))
                .secretString();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
