package com.sneakers.marketplace.local.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sneakers.marketplace.local.TestStacks;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.platform.aws.AwsClients;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** template.yaml provisioned into LocalStack and moto: the resources exist as the template describes them. */
class ProvisionerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SqsClient SQS = AwsClients.sqs();
    private static final EventBridgeClient EVENTS = AwsClients.eventBridge();
    private static final DynamoDbClient DYNAMO = AwsClients.dynamoDb();

    private static String stackName;
    private static ProvisionedStack stack;

    @BeforeAll
    static void provision() throws Exception {
        stackName = TestStacks.uniqueName("it-provision");
        stack = TestStacks.provision(TestStacks.MARKETPLACE_TEMPLATE, stackName);
    }

    @Test
    void everyQueueOfTheTemplateExistsAndConsumerQueuesRedriveToTheirDeadLetterQueue() throws Exception {
        Template template = Template.read(TestStacks.MARKETPLACE_TEMPLATE);
        for (Template.Resource queue : template.resourcesOfType("AWS::SQS::Queue")) {
            String url = SQS.getQueueUrl(request -> request.queueName(stack.attribute(queue.logicalId(), "QueueName")))
                    .queueUrl();
            assertThat(url).isEqualTo(stack.ref(queue.logicalId()));
        }

        Map<QueueAttributeName, String> createOrder = attributes(stack.ref("CreateOrderQueue"));
        JsonNode redrive = JSON.readTree(createOrder.get(QueueAttributeName.REDRIVE_POLICY));
        assertThat(redrive.path("deadLetterTargetArn").asText()).isEqualTo(stack.attribute("CreateOrderDLQ", "Arn"));
        assertThat(redrive.path("maxReceiveCount").asInt()).isEqualTo(5);
        assertThat(createOrder.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("120");
        assertThat(attributes(stack.ref("StripeWebhookQueue")).get(QueueAttributeName.FIFO_QUEUE))
                .isEqualTo("true");
        assertThat(stack.attribute("StripeWebhookQueue", "QueueName")).isEqualTo(stackName + "-stripe-webhooks.fifo");
    }

    @Test
    void rulesCarryTheTemplatesPatternsAndTargetTheirQueuesWithADeadLetterQueue() throws Exception {
        String bus = stack.ref("MarketplaceEventBus");
        var rule = EVENTS.describeRule(
                request -> request.name(stackName + "-match-created").eventBusName(bus));
        JsonNode pattern = JSON.readTree(rule.eventPattern());

        assertThat(pattern.path("source").get(0).asText()).isEqualTo("marketplace.trading");
        assertThat(pattern.path("detail-type").get(0).asText()).isEqualTo("match.created");
        Target target = EVENTS.listTargetsByRule(
                        request -> request.rule(rule.name()).eventBusName(bus))
                .targets()
                .get(0);
        assertThat(target.arn()).isEqualTo(stack.attribute("CreateOrderQueue", "Arn"));
        assertThat(target.deadLetterConfig().arn()).isEqualTo(stack.attribute("EventDeliveryDLQ", "Arn"));
    }

    @Test
    void tablesExistWithTimeToLiveOnTheirExpiryAttribute() {
        var ttl = DYNAMO.describeTimeToLive(request -> request.tableName(stack.ref("IdempotencyTable")))
                .timeToLiveDescription();

        assertThat(ttl.attributeName()).isEqualTo("expiration");
        assertThat(ttl.timeToLiveStatusAsString()).isIn("ENABLED", "ENABLING");
        assertThat(DYNAMO.describeTable(request -> request.tableName(stack.ref("SessionsTable")))
                        .table()
                        .keySchema())
                .singleElement()
                .satisfies(key -> assertThat(key.attributeName()).isEqualTo("pk"));
    }

    @Test
    void secretsGetThrowAwayValuesShapedAsTheTemplateSays() {
        var secrets = AwsClients.secretsManager();

        String jwtKey = secrets.getSecretValue(request -> request.secretId(stack.ref("JwtSigningKeySecret")))
                .secretString();
        String stripe = secrets.getSecretValue(request -> request.secretId(stack.ref("StripeSecret")))
                .secretString();

        assertThat(jwtKey).hasSize(64).matches("[A-Za-z0-9]+");
        assertThat(stripe).contains("\"api_key\":\"sk_test_").contains("\"webhook_secret\":\"whsec_");
    }

    @Test
    void provisioningAgainChangesNothing() throws Exception {
        String jwtKeyBefore = AwsClients.secretsManager()
                .getSecretValue(request -> request.secretId(stack.ref("JwtSigningKeySecret")))
                .secretString();

        ProvisionedStack again = TestStacks.provision(TestStacks.MARKETPLACE_TEMPLATE, stackName);

        assertThat(again.ref("CreateOrderQueue")).isEqualTo(stack.ref("CreateOrderQueue"));
        assertThat(again.ref("JwtSigningKeySecret")).isEqualTo(stack.ref("JwtSigningKeySecret"));
        assertThat(AwsClients.secretsManager()
                        .getSecretValue(request -> request.secretId(again.ref("JwtSigningKeySecret")))
                        .secretString())
                .isEqualTo(jwtKeyBefore);
    }

    private static Map<QueueAttributeName, String> attributes(String queueUrl) {
        return SQS.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }
}
