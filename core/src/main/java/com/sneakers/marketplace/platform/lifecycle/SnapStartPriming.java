package com.sneakers.marketplace.platform.lifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sneakers.marketplace.platform.db.LazyDataSource;
import com.sneakers.marketplace.platform.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart hooks. Before Lambda snapshots an initialised function: warm the JSON mapper, run the
 * function's own warm-up (which must make no external writes), then close every pooled database
 * connection, as a snapshot must never hold an open connection. After restore nothing is needed:
 * pools reopen on the first query. A function adopts it with one line in its application class:
 * {@code SnapStartPriming.register(function::prime);}
 */
public final class SnapStartPriming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    /** CRaC keeps weak references to what is registered; these keep the hooks alive. */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final Runnable warmUp;

    private SnapStartPriming(Runnable warmUp) {
        this.warmUp = warmUp;
    }

    /** @param warmUp exercises the function's code paths without external writes */
    public static SnapStartPriming register(Runnable warmUp) {
        SnapStartPriming priming = new SnapStartPriming(warmUp);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            warmJson();
            warmUp.run();
        } catch (RuntimeException e) {
            LOG.warn("Priming failed; the snapshot is taken less warm", e);
        } finally {
            LazyDataSource.releaseAll();
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        LOG.debug("Restored from a SnapStart snapshot; database pools reopen on first use");
    }

    private static void warmJson() {
        String json = Json.write(Map.of("at", Instant.EPOCH, "amount", new BigDecimal("1.00"), "ids", List.of(1L)));
        Json.read(json, new TypeReference<Map<String, Object>>() {});
    }
}
