package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** A real {@link SecretStore} over a Secrets Manager that only knows the given secrets, for unit tests. */
final class InMemorySecrets {
    private InMemorySecrets() {}

    static SecretStore of(Map<String, String> secrets) {
        return new SecretStore(new SecretsManagerClient() {
            @Override
            public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
                String value = secrets.get(request.secretId());
                if (value == null) {
                    throw ResourceNotFoundException.builder()
                            .message("No secret " + request.secretId())
                            .build();
                }
                return GetSecretValueResponse.builder().secretString(value).build();
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {}
        });
    }
}
