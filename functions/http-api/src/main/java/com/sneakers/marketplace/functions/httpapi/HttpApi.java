package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.http.HttpPipeline;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** The API Gateway HTTP API (payload 2.0) handler: every request goes through the HTTP pipeline. */
public final class HttpApi implements Function<Message<APIGatewayV2HTTPEvent>, APIGatewayV2HTTPResponse> {
    /** Outside Lambda (no context) a request may take this long. */
    private static final Duration DEFAULT_REMAINING_TIME = Duration.ofSeconds(20);

    private final HttpPipeline pipeline;
    private final HealthCheck healthCheck;

    HttpApi(HttpPipeline pipeline, HealthCheck healthCheck) {
        this.pipeline = pipeline;
        this.healthCheck = healthCheck;
    }

    /**
     * SnapStart warm-up: a CORS preflight through the event conversion, the router, and the health
     * check, whose reads of the database, queues, bus, tables, secrets and Stripe load the JDBC, AWS
     * SDK and HTTP client code. Nothing is written anywhere.
     */
    public void prime() {
        APIGatewayV2HTTPEvent preflight = APIGatewayV2HTTPEvent.builder()
                .withRawPath("/health")
                .withHeaders(Map.of("origin", "https://priming.invalid", "access-control-request-method", "GET"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("snapstart-priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("OPTIONS")
                                .withPath("/health")
                                .withSourceIp("127.0.0.1")
                                .build())
                        .build())
                .build();
        handle(preflight, DEFAULT_REMAINING_TIME);
        pipeline.prime();
        healthCheck.run();
    }

    @Override
    public APIGatewayV2HTTPResponse apply(Message<APIGatewayV2HTTPEvent> message) {
        Context context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT, Context.class);
        if (context == null) {
            return handle(message.getPayload(), DEFAULT_REMAINING_TIME);
        }
        return PowertoolsLogging.withLogging(
                context, () -> handle(message.getPayload(), Duration.ofMillis(context.getRemainingTimeInMillis())));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Duration remainingTime) {
        return ApiGatewayEvents.toEvent(pipeline.handle(ApiGatewayEvents.toRequest(event), remainingTime));
    }
}
