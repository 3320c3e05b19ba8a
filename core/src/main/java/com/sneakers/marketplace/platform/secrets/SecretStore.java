package com.sneakers.marketplace.platform.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sneakers.marketplace.platform.json.Json;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;

/** Secrets Manager values, cached in the container for a few minutes (Powertools Parameters). */
public final class SecretStore {
    private static final int CACHE_MINUTES = 5;
    private static final TypeReference<Map<String, String>> JSON_OBJECT = new TypeReference<>() {};

    private final SecretsProvider provider;

    public SecretStore(SecretsManagerClient client) {
        this.provider = SecretsProvider.builder().withClient(client).build();
    }

    public String get(String secretId) {
        return provider.withMaxAge(CACHE_MINUTES, ChronoUnit.MINUTES).get(secretId);
    }

    /** A secret whose value is a JSON object of strings, such as an RDS credentials secret. */
    public Map<String, String> getJson(String secretId) {
        return Json.read(get(secretId), JSON_OBJECT);
    }
}
