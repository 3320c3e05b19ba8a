package com.sneakers.marketplace.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves CloudFormation intrinsic functions against parameter values, pseudo parameters and the
 * resources provisioned so far: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join},
 * {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If} and the condition functions.
 */
public final class Intrinsics {
    private static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, Object> parameters;
    private final Map<String, Object> conditions;
    private final StackResources resources;

    public Intrinsics(Map<String, Object> parameters, Map<String, Object> conditions, StackResources resources) {
        this.parameters = parameters;
        this.conditions = conditions;
        this.resources = resources;
    }

    /** Everything a stack's pseudo parameters and resources answer to. */
    public interface StackResources {
        String stackName();

        String region();

        String accountId();

        /** What {@code Ref} of the resource returns (a queue URL, a table name, a secret ARN, ...). */
        String ref(String logicalId);

        String attribute(String logicalId, String attribute);
    }

    /** A copy of the value with every intrinsic function replaced by its result. */
    public Object resolve(Object value) {
        Object resolved = resolveOrNoValue(value);
        return resolved == NO_VALUE ? null : resolved;
    }

    public String resolveString(Object value) {
        Object resolved = resolve(value);
        return resolved == null ? null : String.valueOf(resolved);
    }

    public boolean condition(String name) {
        Object definition = conditions.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown condition " + name);
        }
        return (Boolean) resolve(definition);
    }

    private Object resolveOrNoValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                String key = String.valueOf(only.getKey());
                if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                    return function(key, only.getValue());
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, entry) -> {
                Object result = resolveOrNoValue(entry);
                if (result != NO_VALUE) {
                    resolved.put(String.valueOf(key), result);
                }
            });
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object entry : list) {
                Object result = resolveOrNoValue(entry);
                if (result != NO_VALUE) {
                    resolved.add(result);
                }
            }
            return resolved;
        }
        return value;
    }

    private Object function(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref(String.valueOf(argument));
            case "Condition" -> condition(String.valueOf(argument));
            case "Fn::GetAtt" -> {
                List<?> parts = (List<?>) argument;
                yield resources.attribute(String.valueOf(parts.get(0)), resolveString(parts.get(1)));
            }
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> {
                List<?> parts = (List<?>) argument;
                List<?> values = (List<?>) resolve(parts.get(1));
                yield values.stream().map(String::valueOf).collect(Collectors.joining(String.valueOf(parts.get(0))));
            }
            case "Fn::Select" -> {
                List<?> parts = (List<?>) argument;
                int index = Integer.parseInt(resolveString(parts.get(0)));
                yield ((List<?>) resolve(parts.get(1))).get(index);
            }
            case "Fn::Split" -> {
                List<?> parts = (List<?>) argument;
                yield List.of(resolveString(parts.get(1)).split(Pattern.quote(String.valueOf(parts.get(0))), -1));
            }
            case "Fn::If" -> {
                List<?> parts = (List<?>) argument;
                yield resolveOrNoValue(condition(String.valueOf(parts.get(0))) ? parts.get(1) : parts.get(2));
            }
            case "Fn::Equals" -> {
                List<?> parts = (List<?>) argument;
                yield String.valueOf(resolve(parts.get(0))).equals(String.valueOf(resolve(parts.get(1))));
            }
            case "Fn::Not" -> !(Boolean) resolve(((List<?>) argument).get(0));
            case "Fn::And" -> ((List<?>) argument).stream().allMatch(part -> (Boolean) resolve(part));
            case "Fn::Or" -> ((List<?>) argument).stream().anyMatch(part -> (Boolean) resolve(part));
            default ->
                throw new UnsupportedOperationException("Intrinsic function " + name + " is not supported locally");
        };
    }

    private Object ref(String name) {
        return switch (name) {
            case "AWS::NoValue" -> NO_VALUE;
            case "AWS::StackName" -> resources.stackName();
            case "AWS::Region" -> resources.region();
            case "AWS::AccountId" -> resources.accountId();
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackId" ->
                "arn:aws:cloudformation:" + resources.region() + ":" + resources.accountId() + ":stack/"
                        + resources.stackName() + "/local";
            default -> {
                if (parameters.containsKey(name)) {
                    yield parameters.get(name);
                }
                yield resources.ref(name);
            }
        };
    }

    private String sub(Object argument) {
        String text;
        Map<String, Object> variables = Map.of();
        if (argument instanceof List<?> parts) {
            text = String.valueOf(parts.get(0));
            variables = Maps.cast(resolve(parts.get(1)));
        } else {
            text = String.valueOf(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}";
            } else if (variables.containsKey(variable)) {
                replacement = String.valueOf(variables.get(variable));
            } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
                String[] parts = variable.split("\\.", 2);
                replacement = resources.attribute(parts[0], parts[1]);
            } else {
                replacement = String.valueOf(ref(variable));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
