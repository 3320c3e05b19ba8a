package com.sneakers.marketplace.payments.adapter;

import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.util.Map;

/** The Secrets Manager secret {@code {"api_key": "sk_...", "webhook_secret": "whsec_..."}}. */
public record StripeSecret(String apiKey, String webhookSecret) {
    /** The environment variable that names the secret (its ARN). */
    public static final String ARN_VARIABLE = "STRIPE_SECRET_ARN";

    public static StripeSecret read(SecretStore secrets, String arn) {
        Map<String, String> value = secrets.getJson(arn);
        String apiKey = value.get("api_key");
        String webhookSecret = value.get("webhook_secret");
        if (apiKey == null || apiKey.isBlank() || webhookSecret == null || webhookSecret.isBlank()) {
            throw new IllegalStateException("The Stripe secret needs both api_key and webhook_secret");
        }
        return new StripeSecret(apiKey, webhookSecret);
    }

    @Override
    public String toString() {
        return "StripeSecret[redacted]";
    }
}
