package com.sneakers.marketplace.trading.violations;

import software.amazon.awssdk.services.sqs.SqsClient;

/** A deliberate breach of the domain wall, to prove the architecture test catches it. */
public class DomainRuleUsingTheAwsSdk {
    public SqsClient client() {
        return null;
    }
}
