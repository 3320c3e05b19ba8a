package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.health.HealthReport;
import java.util.function.Function;

/** {@code GET /health}: every dependency checked live; 200 when all are up, 503 otherwise. */
final class HealthEndpoint implements Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final HealthCheck healthCheck;

    HealthEndpoint(HealthCheck healthCheck) {
        this.healthCheck = healthCheck;
    }

    @Override
    public APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent request) {
        HealthReport report = healthCheck.run();
        return Responses.json(report.isUp() ? 200 : 503, report);
    }
}
