package com.sneakers.marketplace.local.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.LocalRuntime;
import com.sneakers.marketplace.payments.adapter.StripeSecret;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local gateway's webhook route registered at localstripe, signed with the stack's secret.
 * localstripe forgets no endpoint and posts every event to each: {@link #silence()} leaves this one
 * listening to no event type.
 */
final class LocalstripeWebhook {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalRuntime runtime;
    private final StripeSecret secret;
    private final String id = "it-" + UUID.randomUUID();

    private LocalstripeWebhook(LocalRuntime runtime) {
        this.runtime = runtime;
        this.secret = StripeSecret.read(
                new SecretStore(AwsClients.secretsManager()), runtime.stack().ref("StripeSecret"));
    }

    static LocalstripeWebhook register(LocalRuntime runtime) {
        LocalstripeWebhook webhook = new LocalstripeWebhook(runtime);
        webhook.configure(Map.of("url", webhook.url(), "secret", webhook.secret.webhookSecret()));
        return webhook;
    }

    StripeSecret secret() {
        return secret;
    }

    void silence() {
        configure(Map.of("url", url(), "secret", secret.webhookSecret(), "events", List.of()));
    }

    private String url() {
        return "http://127.0.0.1:" + runtime.port() + "/api/v1/webhooks/stripe";
    }

    private void configure(Map<String, Object> settings) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(runtime.stripeApiBase() + "/_config/webhooks/" + id))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("localstripe refused the webhook: " + response.body());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not configure the localstripe webhook " + id, e);
        }
    }
}
