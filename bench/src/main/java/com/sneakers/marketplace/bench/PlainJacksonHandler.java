package com.sneakers.marketplace.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The baseline: the least a Java Lambda can do for an API Gateway event — parse it with Jackson and
 * answer a small JSON body — with no framework, database or cloud client.
 */
public final class PlainJacksonHandler implements RequestStreamHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        ObjectNode body = JSON.createObjectNode();
        body.put("path", event.path("rawPath").asText());
        body.put(
                "method",
                event.path("requestContext").path("http").path("method").asText());
        ObjectNode response = JSON.createObjectNode();
        response.put("statusCode", 200);
        response.putObject("headers").put("Content-Type", "application/json");
        response.put("body", JSON.writeValueAsString(body));
        response.put("isBase64Encoded", false);
        JSON.writeValue(output, response);
    }
}
