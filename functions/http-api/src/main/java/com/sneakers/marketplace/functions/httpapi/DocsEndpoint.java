package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json} and a Swagger UI page at {@code /docs}, its
 * assets served by the function from the swagger-ui webjar (no CDN).
 */
final class DocsEndpoint {
    static final String DOCUMENT = "/openapi.json";
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8");
    private static final String PAGE =
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Sneakers Marketplace API</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script src="/docs/swagger-ui-standalone-preset.js"></script>
              <script>
                window.ui = SwaggerUIBundle({
                  url: "/api/v1/openapi.json",
                  dom_id: "#swagger-ui",
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                  layout: "StandaloneLayout"
                });
              </script>
            </body>
            </html>
            """;

    private final Map<String, String> assets = new ConcurrentHashMap<>();
    private final String webjarRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    static List<Route> routes() {
        DocsEndpoint docs = new DocsEndpoint();
        String document = resource(DOCUMENT.substring(1));
        return List.of(
                Route.get("/api/v1/openapi.json", Route.Access.PUBLIC, request -> text(ApiResponse.JSON, document))
                        .cacheable(),
                Route.get("/docs", Route.Access.PUBLIC, request -> text("text/html; charset=utf-8", PAGE))
                        .cacheable(),
                Route.get("/docs/{asset}", Route.Access.PUBLIC, docs::asset).cacheable());
    }

    private ApiResponse asset(ApiRequest request) {
        String name = request.pathParameter("asset");
        String type = ASSET_TYPES.get(name);
        if (type == null) {
            return Problem.notFound("No documentation asset " + name + ".").toResponse();
        }
        return text(type, assets.computeIfAbsent(name, file -> resource(webjarRoot + file)));
    }

    private static ApiResponse text(String contentType, String body) {
        return new ApiResponse(200, Map.of("Content-Type", contentType), body);
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = DocsEndpoint.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path);
        }
        return in;
    }
}
