package com.sneakers.marketplace.local;

import com.sneakers.marketplace.local.provision.ProvisionedStack;
import com.sneakers.marketplace.local.provision.Provisioner;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stacks provisioned into the emulators under a unique name, so test runs never share resources. */
public final class TestStacks {
    public static final Path MARKETPLACE_TEMPLATE = Path.of("../template.yaml");
    public static final Map<String, String> PARAMETERS = Map.of(
            "DatabaseProxyEndpoint", "127.0.0.1",
            "DatabaseSecretArn", "arn:aws:secretsmanager:us-east-1:000000000000:secret:it/database");

    private TestStacks() {}

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ProvisionedStack provision(Path template, String stackName) throws IOException {
        return provisioner()
                .provision(Template.read(template), stackName, region(), PARAMETERS, LocalRuntime::throwAwaySecret);
    }

    public static Provisioner provisioner() {
        return new Provisioner(
                AwsClients.sqs(), AwsClients.eventBridge(), AwsClients.dynamoDb(), AwsClients.secretsManager());
    }

    public static String region() {
        return Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1");
    }
}
