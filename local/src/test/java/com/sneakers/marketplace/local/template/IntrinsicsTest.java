package com.sneakers.marketplace.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrinsicsTest {

    private static final Intrinsics.StackResources STACK = new Intrinsics.StackResources() {
        @Override
        public String stackName() {
            return "shop";
        }

        @Override
        public String region() {
            return "eu-west-1";
        }

        @Override
        public String accountId() {
            return "000000000000";
        }

        @Override
        public String ref(String logicalId) {
            return "ref-of-" + logicalId;
        }

        @Override
        public String attribute(String logicalId, String attribute) {
            return attribute + "-of-" + logicalId;
        }
    };

    private final Map<String, Object> template = CfnYaml.parse(
            """
            Conditions:
              HasTopic: !Not [!Equals [!Ref Topic, ""]]
            Value:
              Url: !Ref Queue
              Arn: !GetAtt Queue.Arn
              Name: !Sub ${AWS::StackName}-orders-${Stage}
              Attr: !Sub "${Queue.Arn}/x"
              Escaped: !Sub "${!Literal}"
              Joined: !Join [",", [a, !Ref Stage]]
              Actions: !If [HasTopic, [!Ref Topic], !Ref AWS::NoValue]
              Long:
                Fn::GetAtt: [Table, StreamArn]
            """);

    @Test
    void resolvesShortAndLongFormsAgainstParametersPseudoParametersAndResources() {
        Intrinsics intrinsics = intrinsics(Map.of("Stage", "dev", "Topic", "arn:sns:alarms"));

        Map<String, Object> value = Maps.cast(intrinsics.resolve(template.get("Value")));

        assertThat(value)
                .containsEntry("Url", "ref-of-Queue")
                .containsEntry("Arn", "Arn-of-Queue")
                .containsEntry("Name", "shop-orders-dev")
                .containsEntry("Attr", "Arn-of-Queue/x")
                .containsEntry("Escaped", "${Literal}")
                .containsEntry("Joined", "a,dev")
                .containsEntry("Actions", List.of("arn:sns:alarms"))
                .containsEntry("Long", "StreamArn-of-Table");
    }

    @Test
    void noValueRemovesThePropertyWhenTheConditionIsFalse() {
        Intrinsics intrinsics = intrinsics(Map.of("Stage", "dev", "Topic", ""));

        Map<String, Object> value = Maps.cast(intrinsics.resolve(template.get("Value")));

        assertThat(value).doesNotContainKey("Actions");
    }

    private Intrinsics intrinsics(Map<String, Object> parameters) {
        return new Intrinsics(parameters, Maps.child(template, "Conditions"), STACK);
    }
}
