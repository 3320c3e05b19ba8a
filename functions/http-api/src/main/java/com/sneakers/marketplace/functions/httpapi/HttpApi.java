package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.http.HttpPipeline;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** The API Gateway HTTP API (payload 2.0) handler: every request goes through the HTTP pipeline. */
public final class HttpApi implements Function<Message<APIGatewayV2HTTPEvent>, APIGatewayV2HTTPResponse> {
    /** Outside Lambda (no context) a request may take this long. */
    private static final Duration DEFAULT_REMAINING_TIME = Duration.ofSeconds(20);

    private final HttpPipeline pipeline;

    HttpApi(HttpPipeline pipeline) {
        this.pipeline = pipeline;
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
