package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.health.HealthCheck;
import com.sneakers.marketplace.platform.health.HealthReport;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Route;
import java.util.List;

/** {@code GET /health}: every dependency checked live; 200 when all are up, 503 otherwise. */
final class HealthEndpoint {
    private HealthEndpoint() {}

    static List<Route> routes(HealthCheck healthCheck) {
        return List.of(Route.get("/health", Route.Access.PUBLIC, request -> {
            HealthReport report = healthCheck.run();
            return ApiResponse.json(report.isUp() ? 200 : 503, report);
        }));
    }
}
