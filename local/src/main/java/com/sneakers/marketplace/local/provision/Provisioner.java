package com.sneakers.marketplace.local.provision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.template.Intrinsics;
import com.sneakers.marketplace.local.template.Maps;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.local.template.Template.Resource;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DeadLetterConfig;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.RetryPolicy;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;

/**
 * Creates a template's queues, dead-letter queues, event bus, archive, rules with their targets,
 * DynamoDB tables and secrets in the emulators, in dependency order, and answers what each resource's
 * {@code Ref} and attributes are. Provisioning twice changes nothing: existing resources are kept.
 */
public final class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Set<String> EMULATED = Set.of(
            "AWS::SQS::Queue",
            "AWS::SQS::QueuePolicy",
            "AWS::Events::EventBus",
            "AWS::Events::Archive",
            "AWS::Events::Rule",
            "AWS::DynamoDB::Table",
            "AWS::SecretsManager::Secret",
            "AWS::Serverless::Function");

    private final SqsClient sqs;
    private final EventBridgeClient eventBridge;
    private final DynamoDbClient dynamoDb;
    private final SecretsManagerClient secretsManager;
    private final SecureRandom random = new SecureRandom();

    public Provisioner(
            SqsClient sqs,
            EventBridgeClient eventBridge,
            DynamoDbClient dynamoDb,
            SecretsManagerClient secretsManager) {
        this.sqs = sqs;
        this.eventBridge = eventBridge;
        this.dynamoDb = dynamoDb;
        this.secretsManager = secretsManager;
    }

    /**
     * @param parameterValues values for the template's parameters (as {@code --parameter-overrides}),
     *     defaults filling the rest
     * @param localSecretValues the throw-away value to give a secret, by logical id, where the template
     *     does not say how to make one
     */
    public ProvisionedStack provision(
            Template template,
            String stackName,
            String region,
            Map<String, String> parameterValues,
            Function<String, Optional<String>> localSecretValues) {
        ProvisionedStack stack = new ProvisionedStack(stackName, region, "000000000000");
        Intrinsics intrinsics = new Intrinsics(parameters(template, parameterValues), template.conditions(), stack);
        for (Resource resource : inDependencyOrder(template.resources())) {
            if (resource.condition() != null && !intrinsics.condition(resource.condition())) {
                continue;
            }
            if (!EMULATED.contains(resource.type())) {
                // Run by the local runtime itself (HTTP API) or not emulated (network, database, proxy,
                // custom resources, log groups, alarms): their properties may use what only AWS resolves.
                LOG.debug("{} ({}) is not provisioned locally", resource.logicalId(), resource.type());
                stack.registerNotEmulated(resource.logicalId());
                continue;
            }
            Map<String, Object> properties = Maps.cast(intrinsics.resolve(resource.properties()));
            create(resource, properties, stack, localSecretValues);
        }
        return stack;
    }

    public static Map<String, Object> parameters(Template template, Map<String, String> values) {
        Map<String, Object> resolved = new HashMap<>();
        template.parameters().forEach((name, definition) -> {
            Object value = values.containsKey(name)
                    ? values.get(name)
                    : Maps.cast(definition).get("Default");
            if (value == null) {
                throw new IllegalArgumentException("Template parameter " + name + " needs a value");
            }
            resolved.put(name, String.valueOf(value));
        });
        return resolved;
    }

    private void create(
            Resource resource,
            Map<String, Object> properties,
            ProvisionedStack stack,
            Function<String, Optional<String>> localSecretValues) {
        String id = resource.logicalId();
        switch (resource.type()) {
            case "AWS::SQS::Queue" -> createQueue(id, properties, stack);
            case "AWS::SQS::QueuePolicy" -> applyQueuePolicy(properties);
            case "AWS::Events::EventBus" -> createEventBus(id, properties, stack);
            case "AWS::Events::Archive" -> createArchive(id, properties, stack);
            case "AWS::Events::Rule" -> createRule(id, properties, stack);
            case "AWS::DynamoDB::Table" -> createTable(id, properties, stack);
            case "AWS::SecretsManager::Secret" -> createSecret(id, properties, stack, localSecretValues);
            case "AWS::Serverless::Function" -> {
                String name = stack.stackName() + "-" + id;
                stack.register(id, name, Map.of("Arn", stack.arn("lambda", "function:" + name)));
            }
            default -> throw new IllegalArgumentException(resource.type() + " is not emulated");
        }
    }

    private void createQueue(String id, Map<String, Object> properties, ProvisionedStack stack) {
        String name = (String) properties.getOrDefault("QueueName", stack.stackName() + "-" + id);
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        copy(properties, "VisibilityTimeout", attributes, QueueAttributeName.VISIBILITY_TIMEOUT);
        copy(properties, "MessageRetentionPeriod", attributes, QueueAttributeName.MESSAGE_RETENTION_PERIOD);
        copy(properties, "DelaySeconds", attributes, QueueAttributeName.DELAY_SECONDS);
        copy(
                properties,
                "ReceiveMessageWaitTimeSeconds",
                attributes,
                QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS);
        copy(properties, "FifoQueue", attributes, QueueAttributeName.FIFO_QUEUE);
        copy(properties, "ContentBasedDeduplication", attributes, QueueAttributeName.CONTENT_BASED_DEDUPLICATION);
        if (properties.containsKey("RedrivePolicy")) {
            attributes.put(QueueAttributeName.REDRIVE_POLICY, json(properties.get("RedrivePolicy")));
        }
        String url;
        try {
            url = sqs.createQueue(request -> request.queueName(name).attributes(attributes))
                    .queueUrl();
        } catch (QueueNameExistsException differentAttributes) {
            url = sqs.getQueueUrl(request -> request.queueName(name)).queueUrl();
            attributes.remove(QueueAttributeName.FIFO_QUEUE);
            String existing = url;
            sqs.setQueueAttributes(request -> request.queueUrl(existing).attributes(attributes));
        }
        String queueUrl = url;
        String arn = sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        stack.register(id, queueUrl, Map.of("Arn", arn, "QueueName", name, "QueueUrl", queueUrl));
        LOG.info("Queue {} ready: {}", id, queueUrl);
    }

    private void applyQueuePolicy(Map<String, Object> properties) {
        String policy = json(properties.get("PolicyDocument"));
        for (Object queueUrl : Maps.list(properties, "Queues")) {
            sqs.setQueueAttributes(request ->
                    request.queueUrl(String.valueOf(queueUrl)).attributes(Map.of(QueueAttributeName.POLICY, policy)));
        }
    }

    private void createEventBus(String id, Map<String, Object> properties, ProvisionedStack stack) {
        String name = (String) properties.get("Name");
        try {
            eventBridge.createEventBus(request -> request.name(name));
        } catch (ResourceAlreadyExistsException alreadyThere) {
            LOG.debug("Event bus {} exists", name);
        }
        String arn = eventBridge.describeEventBus(request -> request.name(name)).arn();
        stack.register(id, name, Map.of("Arn", arn, "Name", name));
        LOG.info("Event bus {} ready: {}", id, name);
    }

    private void createArchive(String id, Map<String, Object> properties, ProvisionedStack stack) {
        String name = (String) properties.getOrDefault("ArchiveName", stack.stackName() + "-" + id);
        String arn;
        try {
            arn = eventBridge
                    .createArchive(request -> request.archiveName(name)
                            .eventSourceArn((String) properties.get("SourceArn"))
                            .retentionDays(Integer.valueOf(String.valueOf(properties.getOrDefault("RetentionDays", 0))))
                            .description((String) properties.get("Description")))
                    .archiveArn();
        } catch (ResourceAlreadyExistsException alreadyThere) {
            arn = eventBridge
                    .describeArchive(request -> request.archiveName(name))
                    .archiveArn();
        }
        stack.register(id, name, Map.of("Arn", arn));
        LOG.info("Event archive {} ready: {}", id, name);
    }

    private void createRule(String id, Map<String, Object> properties, ProvisionedStack stack) {
        String name = (String) properties.getOrDefault("Name", stack.stackName() + "-" + id);
        String bus = (String) properties.getOrDefault("EventBusName", "default");
        if (!properties.containsKey("EventPattern")) {
            LOG.info("Rule {} has no event pattern (a schedule); the local runtime fires schedules itself", id);
            stack.register(id, name, Map.of("Arn", stack.arn("events", "rule/" + bus + "/" + name)));
            return;
        }
        String arn = eventBridge
                .putRule(request -> request.name(name)
                        .eventBusName(bus)
                        .description((String) properties.get("Description"))
                        .state((String) properties.getOrDefault("State", "ENABLED"))
                        .eventPattern(json(properties.get("EventPattern"))))
                .ruleArn();
        List<Target> targets = new ArrayList<>();
        for (Object target : Maps.list(properties, "Targets")) {
            targets.add(target(Maps.cast(target)));
        }
        var result = eventBridge.putTargets(
                request -> request.rule(name).eventBusName(bus).targets(targets));
        if (result.failedEntryCount() > 0) {
            throw new IllegalStateException("Rule " + id + " targets refused: " + result.failedEntries());
        }
        stack.register(id, name, Map.of("Arn", arn));
        LOG.info("Rule {} ready on bus {} with {} target(s)", id, bus, targets.size());
    }

    private static Target target(Map<String, Object> target) {
        Target.Builder builder = Target.builder()
                .id((String) target.get("Id"))
                .arn((String) target.get("Arn"))
                .input((String) target.get("Input"))
                .inputPath((String) target.get("InputPath"));
        Map<String, Object> deadLetter = Maps.child(target, "DeadLetterConfig");
        if (!deadLetter.isEmpty()) {
            builder.deadLetterConfig(DeadLetterConfig.builder()
                    .arn((String) deadLetter.get("Arn"))
                    .build());
        }
        Map<String, Object> retry = Maps.child(target, "RetryPolicy");
        if (!retry.isEmpty()) {
            builder.retryPolicy(RetryPolicy.builder()
                    .maximumRetryAttempts(intValue(retry.get("MaximumRetryAttempts")))
                    .maximumEventAgeInSeconds(intValue(retry.get("MaximumEventAgeInSeconds")))
                    .build());
        }
        Map<String, Object> sqsParameters = Maps.child(target, "SqsParameters");
        if (!sqsParameters.isEmpty()) {
            builder.sqsParameters(
                    parameters -> parameters.messageGroupId((String) sqsParameters.get("MessageGroupId")));
        }
        return builder.build();
    }

    private void createTable(String id, Map<String, Object> properties, ProvisionedStack stack) {
        String name = (String) properties.getOrDefault("TableName", stack.stackName() + "-" + id);
        List<KeySchemaElement> keys = Maps.list(properties, "KeySchema").stream()
                .map(Maps::cast)
                .map(key -> KeySchemaElement.builder()
                        .attributeName((String) key.get("AttributeName"))
                        .keyType((String) key.get("KeyType"))
                        .build())
                .toList();
        List<AttributeDefinition> attributes = Maps.list(properties, "AttributeDefinitions").stream()
                .map(Maps::cast)
                .map(attribute -> AttributeDefinition.builder()
                        .attributeName((String) attribute.get("AttributeName"))
                        .attributeType((String) attribute.get("AttributeType"))
                        .build())
                .toList();
        try {
            dynamoDb.createTable(request -> request.tableName(name)
                    .keySchema(keys)
                    .attributeDefinitions(attributes)
                    .billingMode((String) properties.getOrDefault("BillingMode", "PAY_PER_REQUEST")));
            dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(name));
        } catch (ResourceInUseException alreadyThere) {
            LOG.debug("Table {} exists", name);
        }
        Map<String, Object> ttl = Maps.child(properties, "TimeToLiveSpecification");
        if (Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            dynamoDb.updateTimeToLive(request -> request.tableName(name)
                    .timeToLiveSpecification(spec -> spec.attributeName((String) ttl.get("AttributeName"))
                            .enabled(true)));
        }
        String arn = dynamoDb.describeTable(request -> request.tableName(name))
                .table()
                .tableArn();
        stack.register(id, name, Map.of("Arn", arn));
        LOG.info("Table {} ready: {}", id, name);
    }

    private void createSecret(
            String id,
            Map<String, Object> properties,
            ProvisionedStack stack,
            Function<String, Optional<String>> localSecretValues) {
        String name = (String) properties.getOrDefault("Name", stack.stackName() + "/" + id);
        String arn;
        try {
            String value = Optional.ofNullable((String) properties.get("SecretString"))
                    .or(() -> localSecretValues.apply(id))
                    .orElseGet(() -> generated(Maps.child(properties, "GenerateSecretString")));
            arn = secretsManager
                    .createSecret(request -> request.name(name)
                            .description((String) properties.get("Description"))
                            .secretString(value))
                    .arn();
        } catch (ResourceExistsException alreadyThere) {
            arn = secretsManager
                    .describeSecret(request -> request.secretId(name))
                    .arn();
        }
        stack.register(id, arn, Map.of("Id", arn));
        LOG.info("Secret {} ready: {}", id, name);
    }

    /** A random secret in the shape GenerateSecretString describes (letters and digits). */
    private String generated(Map<String, Object> spec) {
        int length = spec.containsKey("PasswordLength") ? intValue(spec.get("PasswordLength")) : 32;
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        if (spec.containsKey("GenerateStringKey")) {
            Map<String, Object> object = new LinkedHashMap<>(readJson((String) spec.get("SecretStringTemplate")));
            object.put((String) spec.get("GenerateStringKey"), secret.toString());
            return json(object);
        }
        return secret.toString();
    }

    static List<Resource> inDependencyOrder(Map<String, Resource> resources) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : resources.keySet()) {
            visit(id, resources, ordered, new LinkedHashSet<>());
        }
        return ordered.stream().map(resources::get).toList();
    }

    private static void visit(String id, Map<String, Resource> resources, Set<String> ordered, Set<String> path) {
        if (ordered.contains(id) || !resources.containsKey(id)) {
            return;
        }
        if (!path.add(id)) {
            throw new IllegalStateException("Circular reference between resources: " + path);
        }
        for (String dependency : References.in(resources.get(id).properties())) {
            visit(dependency, resources, ordered, path);
        }
        path.remove(id);
        ordered.add(id);
    }

    private static void copy(
            Map<String, Object> properties,
            String property,
            Map<QueueAttributeName, String> attributes,
            QueueAttributeName name) {
        if (properties.containsKey(property)) {
            attributes.put(name, String.valueOf(properties.get(property)));
        }
    }

    private static int intValue(Object value) {
        return Integer.parseInt(String.valueOf(value));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> readJson(String text) {
        try {
            return Maps.cast(JSON.readValue(text, Map.class));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
