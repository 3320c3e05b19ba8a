package com.sneakers.marketplace.local.lambda;

import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.IntFunction;

/**
 * A function's execution environments, as Lambda scales them: an invocation goes to an idle
 * environment, or to a new one (a cold start) while fewer than {@code concurrency} exist, or waits
 * for one to be free. With a concurrency of one, invocations run one after another, as before.
 */
public final class LambdaPool implements LambdaFunction, AutoCloseable {
    private final IntFunction<LambdaContainer> newEnvironment;
    private final int concurrency;
    private final List<LambdaContainer> environments = new CopyOnWriteArrayList<>();
    private final BlockingDeque<LambdaContainer> idle = new LinkedBlockingDeque<>();

    /** @param newEnvironment makes the environment with the given index; index 0 is made at once */
    public LambdaPool(IntFunction<LambdaContainer> newEnvironment, int concurrency) {
        this.newEnvironment = newEnvironment;
        this.concurrency = Math.max(1, concurrency);
        LambdaContainer first = newEnvironment.apply(0);
        environments.add(first);
        idle.add(first);
    }

    /** The first environment, the one every invocation uses when they never overlap. */
    public LambdaContainer first() {
        return environments.get(0);
    }

    @Override
    public Invocation invoke(String event) {
        LambdaContainer environment;
        try {
            environment = acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Invocation.failure("Runtime.Interrupted", "invocation interrupted");
        }
        try {
            return environment.invoke(event);
        } finally {
            // The most recently used environment goes first: warm ones are reused before cold ones.
            idle.addFirst(environment);
        }
    }

    private LambdaContainer acquire() throws InterruptedException {
        synchronized (this) {
            LambdaContainer free = idle.pollFirst();
            if (free != null) {
                return free;
            }
            if (environments.size() < concurrency) {
                LambdaContainer added = newEnvironment.apply(environments.size());
                environments.add(added);
                return added;
            }
        }
        return idle.takeFirst();
    }

    @Override
    public void close() {
        environments.forEach(LambdaContainer::close);
    }
}
