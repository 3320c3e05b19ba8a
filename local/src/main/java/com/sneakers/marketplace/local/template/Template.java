package com.sneakers.marketplace.local.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SAM/CloudFormation template as read from {@code template.yaml}. */
public final class Template {
    private final Path directory;
    private final Map<String, Object> document;

    private Template(Path directory, Map<String, Object> document) {
        this.directory = directory;
        this.document = document;
    }

    public static Template read(Path file) throws IOException {
        return new Template(file.toAbsolutePath().getParent(), CfnYaml.parse(Files.readString(file)));
    }

    /** Where relative paths in the template (such as a function's CodeUri) start from. */
    public Path directory() {
        return directory;
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    public Map<String, Object> functionGlobals() {
        return Maps.child(section("Globals"), "Function");
    }

    public Map<String, Resource> resources() {
        Map<String, Resource> resources = new LinkedHashMap<>();
        section("Resources").forEach((logicalId, definition) -> {
            Map<String, Object> body = Maps.cast(definition);
            resources.put(
                    logicalId,
                    new Resource(
                            logicalId,
                            (String) body.get("Type"),
                            Maps.child(body, "Properties"),
                            (String) body.get("Condition"),
                            Maps.child(body, "Metadata"),
                            dependsOn(body.get("DependsOn"))));
        });
        return resources;
    }

    public List<Resource> resourcesOfType(String type) {
        return resources().values().stream()
                .filter(resource -> resource.type().equals(type))
                .toList();
    }

    private static List<String> dependsOn(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private Map<String, Object> section(String name) {
        return Maps.child(document, name);
    }

    /** One resource: its logical id, type, (unresolved) properties, condition, metadata and dependencies. */
    public record Resource(
            String logicalId,
            String type,
            Map<String, Object> properties,
            String condition,
            Map<String, Object> metadata,
            List<String> dependsOn) {}
}
