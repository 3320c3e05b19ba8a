package com.sneakers.marketplace.local.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profile and address book: each user sees and changes only their own. */
class UsersApiIT {
    private final ApiClient api = new ApiClient();

    @Test
    void aUserReadsAndChangesTheirProfile() {
        String token = token();

        ApiClient.Reply updated = api.put(
                "/api/v1/users/profile",
                Map.of("first_name", "Jo", "last_name", "Doe", "phone", "+14155550123"),
                token);
        ApiClient.Reply invalid = api.put("/api/v1/users/profile", Map.of("first_name", "", "last_name", "Doe"), token);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/profile", token).json().path("phone").asText())
                .isEqualTo("+14155550123");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").has("first_name")).isTrue();
    }

    @Test
    void aNewDefaultAddressReplacesThePreviousDefaultOfItsType() {
        String token = token();
        long first = api.post("/api/v1/users/addresses", address("US", true), token)
                .json()
                .path("id")
                .asLong();

        ApiClient.Reply second = api.post("/api/v1/users/addresses", address("ca", true), token);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("country").asText()).isEqualTo("CA");
        JsonNode items = api.get("/api/v1/users/addresses", token).json().path("items");
        assertThat(items).hasSize(2);
        for (JsonNode item : items) {
            assertThat(item.path("is_default").asBoolean())
                    .isEqualTo(item.path("id").asLong() != first);
        }
    }

    @Test
    void anUnknownCountryAndMissingFieldsAreValidationProblems() {
        ApiClient.Reply reply = api.post("/api/v1/users/addresses", Map.of("country", "XX"), token());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").has("country")).isTrue();
        assertThat(reply.json().path("errors").has("line1")).isTrue();
    }

    @Test
    void someoneElsesAddressIsNotFoundAndStaysUnchanged() {
        String owner = token();
        String stranger = token();
        long id = api.post("/api/v1/users/addresses", address("US", false), owner)
                .json()
                .path("id")
                .asLong();

        ApiClient.Reply change = api.put("/api/v1/users/addresses/" + id, address("GB", false), stranger);
        ApiClient.Reply delete = api.delete("/api/v1/users/addresses/" + id, stranger);

        assertThat(change.status()).isEqualTo(404);
        assertThat(delete.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/addresses", owner)
                        .json()
                        .path("items")
                        .get(0)
                        .path("country")
                        .asText())
                .isEqualTo("US");
    }

    @Test
    void anOwnerChangesAndDeletesTheirAddress() {
        String token = token();
        long id = api.post("/api/v1/users/addresses", address("US", false), token)
                .json()
                .path("id")
                .asLong();

        ApiClient.Reply changed = api.put("/api/v1/users/addresses/" + id, address("DE", false), token);
        ApiClient.Reply deleted = api.delete("/api/v1/users/addresses/" + id, token);

        assertThat(changed.json().path("country").asText()).isEqualTo("DE");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/addresses", token).json().path("items"))
                .isEmpty();
        assertThat(api.delete("/api/v1/users/addresses/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void creatingAnAddressTwiceWithOneIdempotencyKeyCreatesOne() {
        String token = token();
        Map<String, String> key = Map.of("Idempotency-Key", "address-" + System.nanoTime());

        ApiClient.Reply first = api.send("POST", "/api/v1/users/addresses", address("US", false), token, key);
        ApiClient.Reply retry = api.send("POST", "/api/v1/users/addresses", address("US", false), token, key);
        ApiClient.Reply otherBody = api.send("POST", "/api/v1/users/addresses", address("FR", false), token, key);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/users/addresses", token).json().path("items"))
                .hasSize(1);
    }

    private String token() {
        return api.post("/api/v1/auth/register", AuthApiIT.registration(AuthApiIT.unique("addresses")), null)
                .json()
                .path("access_token")
                .asText();
    }

    static Map<String, Object> address(String country, boolean isDefault) {
        Map<String, Object> address = new HashMap<>();
        address.put("full_name", "Test Buyer");
        address.put("line1", "1 Main Street");
        address.put("city", "Springfield");
        address.put("postal_code", "12345");
        address.put("country", country);
        address.put("is_default", isDefault);
        return address;
    }
}
