package com.sneakers.marketplace.functions.stripewebhook;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.payments.adapter.StripeEvent;
import com.sneakers.marketplace.payments.adapter.StripeSecret;
import com.sneakers.marketplace.payments.adapter.WebhookSignatures;
import com.sneakers.marketplace.payments.adapter.WebhookVerification;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * {@code POST /api/v1/webhooks/stripe}: checks the Stripe signature on the raw body and hands the
 * event to the FIFO queue, then answers at once; the processing happens behind the queue. A delivery
 * that is not a genuine, recent Stripe event is a 400 and is not enqueued.
 */
public final class StripeWebhookReceiver implements Function<Message<APIGatewayV2HTTPEvent>, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookReceiver.class);
    private static final String SIGNATURE_HEADER = "stripe-signature";

    private final Supplier<String> signingSecret;
    private final WebhookQueue queue;
    private final Clock clock;

    StripeWebhookReceiver(Supplier<String> signingSecret, WebhookQueue queue, Clock clock) {
        this.signingSecret = signingSecret;
        this.queue = queue;
        this.clock = clock;
    }

    static StripeWebhookReceiver wire(Settings settings) {
        SecretStore secrets = new SecretStore(AwsClients.secretsManager());
        String secretArn = settings.required(StripeSecret.ARN_VARIABLE);
        return new StripeWebhookReceiver(
                // Read through the secret cache on each delivery, so a rotated signing secret is picked up.
                () -> StripeSecret.read(secrets, secretArn).webhookSecret(),
                new SqsWebhookQueue(AwsClients.sqs(), settings.required("STRIPE_WEBHOOK_QUEUE_URL")),
                Clock.systemUTC());
    }

    @Override
    public APIGatewayV2HTTPResponse apply(Message<APIGatewayV2HTTPEvent> message) {
        Context context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT, Context.class);
        if (context == null) {
            return receive(message.getPayload());
        }
        return PowertoolsLogging.withLogging(context, () -> receive(message.getPayload()));
    }

    APIGatewayV2HTTPResponse receive(APIGatewayV2HTTPEvent request) {
        byte[] body = rawBody(request);
        WebhookVerification verification =
                new WebhookSignatures(signingSecret.get(), clock).verify(body, signature(request));
        if (verification instanceof WebhookVerification.Refused refused) {
            LOG.warn("Stripe webhook refused: {}", refused.reason());
            return toEvent(Problem.badRequest(refused.reason().description()).toResponse());
        }
        StripeEvent event = ((WebhookVerification.Verified) verification).event();
        queue.enqueue(event, new String(body, StandardCharsets.UTF_8));
        LOG.info("Stripe event {} {} about {} enqueued", event.id(), event.type(), event.objectId());
        return toEvent(ApiResponse.ok(Map.of("received", true)));
    }

    private static byte[] rawBody(APIGatewayV2HTTPEvent request) {
        String body = request.getBody();
        if (body == null) {
            return new byte[0];
        }
        return request.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> signature(APIGatewayV2HTTPEvent request) {
        if (request.getHeaders() == null) {
            return Optional.empty();
        }
        return request.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(SIGNATURE_HEADER))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static APIGatewayV2HTTPResponse toEvent(ApiResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
