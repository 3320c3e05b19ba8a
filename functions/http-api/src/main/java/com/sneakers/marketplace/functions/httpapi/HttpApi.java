package com.sneakers.marketplace.functions.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sneakers.marketplace.platform.config.Settings;
import java.util.Map;
import java.util.function.Function;

/** The API Gateway HTTP API (payload 2.0) handler: dispatches on the route key API Gateway matched. */
public final class HttpApi implements Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final Map<String, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> routes;

    HttpApi(Map<String, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> routes) {
        this.routes = Map.copyOf(routes);
    }

    static HttpApi wire(Settings settings) {
        HealthEndpoint health = new HealthEndpoint(HttpApiHealth.checkFor(settings));
        return new HttpApi(Map.of("GET /health", health));
    }

    @Override
    public APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent request) {
        var route = routes.get(request.getRouteKey());
        if (route == null) {
            return Responses.problem(404, "Not Found", "No route for " + request.getRouteKey());
        }
        return route.apply(request);
    }
}
