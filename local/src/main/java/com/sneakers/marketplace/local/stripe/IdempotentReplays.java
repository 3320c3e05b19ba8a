package com.sneakers.marketplace.local.stripe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What Stripe promises for a POST with an {@code Idempotency-Key} and the emulators do not keep: a
 * retry with the same key gets the first request's answer again instead of doing the work twice, and
 * the same key with other parameters is an {@code idempotency_error}. Requests with one key wait for
 * each other. Answers Stripe would not save (5xx, 409, 429) are not replayed.
 */
final class IdempotentReplays {
    private static final int REMEMBERED = 50_000;
    private static final int LOCK_STRIPES = 64;

    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        static Answer injectedError(int status) {
            return json(
                    status,
                    "{\"error\":{\"type\":\"api_error\",\"message\":\"A fault injected by the local runtime\"}}");
        }

        static Answer json(int status, String body) {
            return new Answer(
                    status, Map.of("Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8));
        }

        boolean saved() {
            return status < 500 && status != 409 && status != 429;
        }
    }

    private record Saved(String parameters, Answer answer) {}

    private final Map<String, Saved> saved = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Saved> eldest) {
            return size() > REMEMBERED;
        }
    });
    private final Object[] locks = new Object[LOCK_STRIPES];

    IdempotentReplays() {
        Arrays.setAll(locks, index -> new Object());
    }

    Answer answer(String path, String idempotencyKey, byte[] body, Supplier<Answer> stripe) {
        String key = path + " " + idempotencyKey;
        String parameters = parameters(body);
        synchronized (locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)]) {
            Saved earlier = saved.get(key);
            if (earlier != null) {
                if (!earlier.parameters().equals(parameters)) {
                    return Answer.json(
                            400,
                            "{\"error\":{\"type\":\"idempotency_error\",\"message\":\"Keys for idempotent requests"
                                    + " can only be used with the same parameters they were first used with.\"}}");
                }
                Map<String, List<String>> headers =
                        new LinkedHashMap<>(earlier.answer().headers());
                headers.put("Idempotent-Replayed", List.of("true"));
                return new Answer(
                        earlier.answer().status(), headers, earlier.answer().body());
            }
            Answer answer = stripe.get();
            if (answer.saved()) {
                saved.put(key, new Saved(parameters, answer));
            }
            return answer;
        }
    }

    /** The form parameters in a stable order, so the same parameters match however they were ordered. */
    static String parameters(byte[] body) {
        return Arrays.stream(new String(body, StandardCharsets.UTF_8).split("&"))
                .filter(pair -> !pair.isEmpty())
                .sorted()
                .reduce((left, right) -> left + "&" + right)
                .orElse("");
    }
}
