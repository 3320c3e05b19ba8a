package com.sneakers.marketplace.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.local.template.Maps;
import com.sneakers.marketplace.local.template.Template;
import com.sneakers.marketplace.local.template.Template.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every function and queue of template.yaml must have to be deployable and observable. Generic
 * over the template, so a function, queue or rule added later is held to the same rules.
 */
class DeploymentTemplateTest {
    private static Template template;
    private static Map<String, Resource> resources;

    @BeforeAll
    static void read() throws Exception {
        template = Template.read(TestStacks.MARKETPLACE_TEMPLATE);
        resources = template.resources();
    }

    @Test
    void everyFunctionLogsToItsOwnLogGroupWithRetention() {
        for (Resource function : functions()) {
            Object logGroup = Maps.child(function.properties(), "LoggingConfig").get("LogGroup");
            assertThat(logGroup)
                    .as("%s LoggingConfig.LogGroup is a !Ref to a log group of the template", function.logicalId())
                    .isInstanceOf(Map.class);
            Resource group = resources.get(String.valueOf(Maps.cast(logGroup).get("Ref")));
            assertThat(group).as("%s log group", function.logicalId()).isNotNull();
            assertThat(group.type()).isEqualTo("AWS::Logs::LogGroup");
            assertThat(group.properties())
                    .as("%s log retention", function.logicalId())
                    .containsKey("RetentionInDays");
        }
    }

    @Test
    void everyFunctionRunsJava21WithSnapStartBehindAnAlias() {
        for (Resource function : functions()) {
            assertThat(setting(function, "Runtime"))
                    .as("%s runtime", function.logicalId())
                    .isEqualTo("java21");
            assertThat(setting(function, "AutoPublishAlias"))
                    .as("%s alias for its triggers", function.logicalId())
                    .isNotNull();
            assertThat(setting(function, "SnapStart"))
                    .as("%s SnapStart", function.logicalId())
                    .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        }
    }

    @Test
    void everyFunctionShipsTheJarMavenBuiltWithoutASamBuildOfItsOwn() {
        for (Resource function : functions()) {
            assertThat(String.valueOf(function.properties().get("CodeUri")))
                    .as("%s CodeUri", function.logicalId())
                    .matches("functions/[a-z-]+/target/[a-z-]+-aws\\.jar");
            assertThat(function.metadata())
                    .as("%s Metadata", function.logicalId())
                    .containsEntry("SkipBuild", true);
        }
    }

    @Test
    void everyFunctionButTheMigrationWaitsForTheSchema() {
        for (Resource function : functions()) {
            if (!isSchemaMigrationFunction(function)) {
                assertThat(function.dependsOn())
                        .as("%s DependsOn", function.logicalId())
                        .contains("SchemaMigration");
            }
        }
    }

    @Test
    void everyFunctionHasErrorAndThrottleAlarms() {
        for (Resource function : functions()) {
            Set<String> metrics = new TreeSet<>();
            for (Resource alarm : ofType("AWS::CloudWatch::Alarm")) {
                for (Object dimension : Maps.list(alarm.properties(), "Dimensions")) {
                    if (Map.of("Ref", function.logicalId())
                            .equals(Maps.cast(dimension).get("Value"))) {
                        metrics.add(String.valueOf(alarm.properties().get("MetricName")));
                    }
                }
            }
            assertThat(metrics).as("%s alarms", function.logicalId()).contains("Errors", "Throttles");
        }
    }

    @Test
    void everyFunctionNamesItsPowertoolsService() {
        for (Resource function : functions()) {
            Map<String, Object> variables = Maps.child(Maps.child(function.properties(), "Environment"), "Variables");
            assertThat(variables).as("%s environment", function.logicalId()).containsKey("POWERTOOLS_SERVICE_NAME");
        }
        assertThat(Maps.child(Maps.child(template.functionGlobals(), "Environment"), "Variables"))
                .containsKey("POWERTOOLS_METRICS_NAMESPACE");
    }

    @Test
    void everyFunctionHasAnExplicitPolicyWithoutWildcardResources() {
        for (Resource function : functions()) {
            List<Object> policies = Maps.list(function.properties(), "Policies");
            assertThat(policies).as("%s Policies", function.logicalId()).isNotEmpty();
            for (Object policy : policies) {
                assertThat(policy)
                        .as("%s policy is an inline document (no managed or SAM policy)", function.logicalId())
                        .isInstanceOf(Map.class);
                for (Object statement : Maps.list(Maps.cast(policy), "Statement")) {
                    Object resource = Maps.cast(statement).get("Resource");
                    assertThat(resource)
                            .as("%s statement %s", function.logicalId(), statement)
                            .isNotNull();
                    assertThat(wildcards(resource))
                            .as("%s resources of %s", function.logicalId(), statement)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void everyDeadLetterQueueHasAnAlarm() {
        Set<String> alarmed = new TreeSet<>();
        for (Resource alarm : ofType("AWS::CloudWatch::Alarm")) {
            for (Object dimension : Maps.list(alarm.properties(), "Dimensions")) {
                Object value = Maps.cast(dimension).get("Value");
                if ("QueueName".equals(Maps.cast(dimension).get("Name")) && value instanceof Map<?, ?> getAtt) {
                    alarmed.add(String.valueOf(((List<?>) getAtt.get("Fn::GetAtt")).get(0)));
                }
            }
        }
        assertThat(deadLetterQueues()).isNotEmpty();
        assertThat(alarmed).containsAll(deadLetterQueues());
    }

    @Test
    void everyRuleTargetAndScheduleHasADeadLetterQueue() {
        List<String> withoutDlq = new ArrayList<>();
        for (Resource rule : ofType("AWS::Events::Rule")) {
            for (Object target : Maps.list(rule.properties(), "Targets")) {
                if (!Maps.cast(target).containsKey("DeadLetterConfig")) {
                    withoutDlq.add(rule.logicalId() + "/" + Maps.cast(target).get("Id"));
                }
            }
        }
        for (Resource function : functions()) {
            Maps.child(function.properties(), "Events").forEach((name, event) -> {
                Object type = Maps.cast(event).get("Type");
                boolean ruleTarget = "Schedule".equals(type)
                        || "ScheduleV2".equals(type)
                        || "EventBridgeRule".equals(type)
                        || "CloudWatchEvent".equals(type);
                if (ruleTarget && !Maps.child(Maps.cast(event), "Properties").containsKey("DeadLetterConfig")) {
                    withoutDlq.add(function.logicalId() + "/" + name);
                }
            });
        }
        assertThat(withoutDlq).isEmpty();
    }

    /** Queues that other queues redrive to, and that rules send undeliverable events to. */
    private static Set<String> deadLetterQueues() {
        Set<String> queues = new TreeSet<>();
        for (Resource queue : ofType("AWS::SQS::Queue")) {
            Object target = Maps.child(queue.properties(), "RedrivePolicy").get("deadLetterTargetArn");
            if (target != null) {
                queues.add(getAttResource(target));
            }
        }
        for (Resource rule : ofType("AWS::Events::Rule")) {
            for (Object target : Maps.list(rule.properties(), "Targets")) {
                Object arn = Maps.child(Maps.cast(target), "DeadLetterConfig").get("Arn");
                if (arn != null) {
                    queues.add(getAttResource(arn));
                }
            }
        }
        return queues;
    }

    private static String getAttResource(Object getAtt) {
        return String.valueOf(((List<?>) Maps.cast(getAtt).get("Fn::GetAtt")).get(0));
    }

    /** Literal resource names in a statement's Resource that contain a {@code *}. */
    private static List<String> wildcards(Object resource) {
        List<String> found = new ArrayList<>();
        if (resource instanceof String name && name.contains("*")) {
            found.add(name);
        } else if (resource instanceof List<?> list) {
            list.forEach(entry -> found.addAll(wildcards(entry)));
        } else if (resource instanceof Map<?, ?> intrinsic) {
            intrinsic.values().forEach(entry -> found.addAll(wildcards(entry)));
        }
        return found;
    }

    private static boolean isSchemaMigrationFunction(Resource function) {
        Map<String, Object> migration = resources.get("SchemaMigration").properties();
        return Map.of("Ref", function.logicalId() + ".Alias").equals(migration.get("ServiceToken"));
    }

    private static Object setting(Resource function, String name) {
        Object own = function.properties().get(name);
        return own != null ? own : template.functionGlobals().get(name);
    }

    private static List<Resource> functions() {
        List<Resource> functions = ofType("AWS::Serverless::Function");
        assertThat(functions).isNotEmpty();
        return functions;
    }

    private static List<Resource> ofType(String type) {
        return template.resourcesOfType(type);
    }
}
