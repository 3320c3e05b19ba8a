package com.sneakers.marketplace.local.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The local runtime's webhook endpoint at localstripe, as a Stripe dashboard registers one: localstripe
 * signs each event with the endpoint's secret and posts it to the local gateway. localstripe cannot
 * forget an endpoint, so closing leaves it listening to no event type.
 */
public final class LocalWebhookEndpoint implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI configUri;
    private final String url;
    private final String secret;

    private LocalWebhookEndpoint(URI stripeApiBase, String id, String url, String secret) {
        this.configUri = URI.create(stripeApiBase + "/_config/webhooks/" + id);
        this.url = url;
        this.secret = secret;
    }

    public static LocalWebhookEndpoint register(URI stripeApiBase, String id, String url, String secret)
            throws IOException, InterruptedException {
        LocalWebhookEndpoint endpoint = new LocalWebhookEndpoint(stripeApiBase, id, url, secret);
        endpoint.configure(Map.of("url", url, "secret", secret));
        return endpoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        configure(Map.of("url", url, "secret", secret, "events", List.of()));
    }

    private void configure(Map<String, Object> settings) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(configUri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("localstripe refused the webhook endpoint " + configUri + ": " + response.body());
        }
    }
}
