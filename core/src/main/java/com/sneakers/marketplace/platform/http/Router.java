package com.sneakers.marketplace.platform.http;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Finds the route for a request: by method and path, preferring the template with more literal segments. */
public final class Router {
    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt(Route::literalSegments).reversed())
                .toList();
        long distinct = routes.stream().map(Route::key).distinct().count();
        if (distinct != routes.size()) {
            throw new IllegalArgumentException("Two routes share a method and path");
        }
    }

    public List<Route> routes() {
        return routes;
    }

    public sealed interface Resolution {}

    public record Found(Route route, Map<String, String> pathParameters) implements Resolution {}

    public record MethodNotAllowed(List<String> allowed) implements Resolution {}

    public record NotFound() implements Resolution {}

    public Resolution resolve(String method, String path) {
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.matchPath(path);
            if (parameters.isEmpty()) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Found(route, parameters.get());
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(List.copyOf(allowed));
    }
}
