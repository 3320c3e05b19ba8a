package com.sneakers.marketplace.local.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisionedStackTest {
    private final ProvisionedStack stack = new ProvisionedStack("shop", "eu-west-1", "000000000000");

    @Test
    void aResourceThatExistsOnlyOnAwsAnswersStandInNames() {
        stack.registerNotEmulated("DatabaseProxy");

        assertThat(stack.ref("DatabaseProxy")).isEqualTo("shop-DatabaseProxy");
        assertThat(stack.attribute("DatabaseProxy", "Endpoint")).isEqualTo("shop-DatabaseProxy.Endpoint");
    }

    @Test
    void anUnknownAttributeOfAnEmulatedResourceIsAnError() {
        stack.register("Queue", "https://queue", Map.of("Arn", "arn:aws:sqs:eu-west-1:000000000000:q"));

        assertThatThrownBy(() -> stack.attribute("Queue", "Endpoint")).hasMessageContaining("no attribute Endpoint");
    }
}
