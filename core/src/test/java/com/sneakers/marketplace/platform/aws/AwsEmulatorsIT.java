package com.sneakers.marketplace.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The adapters' AWS clients against the emulators, configured only by the standard AWS variables. */
class AwsEmulatorsIT {
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSecretIsReadFromSecretsManagerAndParsedAsJson() {
        var secretsManager = AwsClients.secretsManager();
        String arn = secretsManager
                .createSecret(request -> request.name("it/credentials-" + suffix)
                        .secretString("{\"username\":\"app\",\"password\":\"s3cret\"}"))
                .arn();

        Map<String, String> credentials = new SecretStore(secretsManager).getJson(arn);

        assertThat(credentials).containsEntry("username", "app").containsEntry("password", "s3cret");
    }

    @Test
    void anItemIsWrittenToAndReadFromDynamoDbAndAConditionalWriteIsRefused() {
        DynamoDbClient dynamoDb = AwsClients.dynamoDb();
        String table = "it-items-" + suffix;
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                        definition -> definition.attributeName("pk").attributeType("S"))
                .keySchema(key -> key.attributeName("pk").keyType("HASH")));
        dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table));
        Map<String, AttributeValue> item =
                Map.of("pk", AttributeValue.fromS("key-1"), "value", AttributeValue.fromS("first"));

        dynamoDb.putItem(
                request -> request.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));

        assertThat(dynamoDb.getItem(
                                request -> request.tableName(table).key(Map.of("pk", AttributeValue.fromS("key-1"))))
                        .item())
                .containsEntry("value", AttributeValue.fromS("first"));
        assertThatThrownBy(() -> dynamoDb.putItem(request -> request.tableName(table)
                        .item(Map.of("pk", AttributeValue.fromS("key-1"), "value", AttributeValue.fromS("second")))
                        .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void aMessageTravelsThroughSqs() {
        SqsClient sqs = AwsClients.sqs();
        String queueUrl = sqs.createQueue(request -> request.queueName("it-messages-" + suffix))
                .queueUrl();

        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody("{\"hello\":\"sqs\"}"));
        List<Message> received = sqs.receiveMessage(
                        request -> request.queueUrl(queueUrl).waitTimeSeconds(5).maxNumberOfMessages(10))
                .messages();

        assertThat(received).singleElement().extracting(Message::body).isEqualTo("{\"hello\":\"sqs\"}");
        sqs.deleteMessage(request ->
                request.queueUrl(queueUrl).receiptHandle(received.get(0).receiptHandle()));
    }
}
