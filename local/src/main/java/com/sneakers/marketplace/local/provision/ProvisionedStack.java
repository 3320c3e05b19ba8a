package com.sneakers.marketplace.local.provision;

import com.sneakers.marketplace.local.template.Intrinsics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The physical names, URLs and ARNs of a stack's resources once they exist in the emulators. */
public final class ProvisionedStack implements Intrinsics.StackResources {
    private final String stackName;
    private final String region;
    private final String accountId;
    private final Map<String, String> refs = new HashMap<>();
    private final Map<String, String> attributes = new HashMap<>();
    private final Set<String> notEmulated = new HashSet<>();

    public ProvisionedStack(String stackName, String region, String accountId) {
        this.stackName = stackName;
        this.region = region;
        this.accountId = accountId;
    }

    void register(String logicalId, String ref, Map<String, String> resourceAttributes) {
        refs.put(logicalId, ref);
        resourceAttributes.forEach((name, value) -> attributes.put(logicalId + "." + name, value));
    }

    /**
     * A resource that exists only on AWS (a VPC, a proxy, an alarm): its {@code Ref} and attributes are
     * stand-in names, which the local runtime ignores where the template passes them on (such as a
     * function's {@code VpcConfig}).
     */
    void registerNotEmulated(String logicalId) {
        refs.put(logicalId, stackName + "-" + logicalId);
        notEmulated.add(logicalId);
    }

    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    @Override
    public String stackName() {
        return stackName;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String ref(String logicalId) {
        String ref = refs.get(logicalId);
        if (ref == null) {
            throw new IllegalArgumentException("No resource or parameter named " + logicalId);
        }
        return ref;
    }

    @Override
    public String attribute(String logicalId, String attribute) {
        String value = attributes.get(logicalId + "." + attribute);
        if (value == null && notEmulated.contains(logicalId)) {
            return stackName + "-" + logicalId + "." + attribute;
        }
        if (value == null) {
            throw new IllegalArgumentException("Resource " + logicalId + " has no attribute " + attribute + " here");
        }
        return value;
    }
}
