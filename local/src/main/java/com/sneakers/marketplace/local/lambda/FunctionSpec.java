package com.sneakers.marketplace.local.lambda;

import com.sneakers.marketplace.local.template.Intrinsics;
import com.sneakers.marketplace.local.template.Maps;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.local.template.Template.Resource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A function of the template with its globals applied and its intrinsic functions resolved. */
public record FunctionSpec(
        String logicalId,
        String functionName,
        Path codeUri,
        String handler,
        int memoryMb,
        Duration timeout,
        Map<String, String> environment,
        Map<String, Map<String, Object>> events) {

    public static List<FunctionSpec> allIn(Template template, Intrinsics intrinsics, String stackName) {
        return template.resourcesOfType("AWS::Serverless::Function").stream()
                .map(resource -> of(resource, template, intrinsics, stackName))
                .toList();
    }

    private static FunctionSpec of(Resource resource, Template template, Intrinsics intrinsics, String stackName) {
        Map<String, Object> globals = Maps.cast(intrinsics.resolve(template.functionGlobals()));
        Map<String, Object> properties = Maps.cast(intrinsics.resolve(resource.properties()));
        Map<String, String> environment = new LinkedHashMap<>();
        variables(globals).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        variables(properties).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Maps.child(properties, "Events").forEach((name, event) -> events.put(name, Maps.cast(event)));
        return new FunctionSpec(
                resource.logicalId(),
                stackName + "-" + resource.logicalId(),
                template.directory().resolve(String.valueOf(setting(properties, globals, "CodeUri"))),
                String.valueOf(setting(properties, globals, "Handler")),
                Integer.parseInt(String.valueOf(setting(properties, globals, "MemorySize", 128))),
                Duration.ofSeconds(Long.parseLong(String.valueOf(setting(properties, globals, "Timeout", 3)))),
                environment,
                events);
    }

    private static Map<String, Object> variables(Map<String, Object> properties) {
        return Maps.child(Maps.child(properties, "Environment"), "Variables");
    }

    private static Object setting(Map<String, Object> properties, Map<String, Object> globals, String name) {
        Object value = setting(properties, globals, name, null);
        if (value == null) {
            throw new IllegalArgumentException("Function has no " + name);
        }
        return value;
    }

    private static Object setting(
            Map<String, Object> properties, Map<String, Object> globals, String name, Object defaultValue) {
        return properties.getOrDefault(name, globals.getOrDefault(name, defaultValue));
    }

    /** The function's events of one type (HttpApi, SQS, Schedule), with their resolved properties. */
    public List<Map<String, Object>> eventsOfType(String type) {
        return events.values().stream()
                .filter(event -> type.equals(event.get("Type")))
                .map(event -> Maps.child(event, "Properties"))
                .toList();
    }
}
