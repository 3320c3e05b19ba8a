package com.sneakers.marketplace.platform.lifecycle;

import com.sneakers.marketplace.platform.health.DependencyCheck;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SnapStart warm-up made of reads only (a database round trip, a description of a queue or bus):
 * they load the JDBC, pool and AWS SDK code a function uses without writing anything. A read that
 * fails is logged and the snapshot goes on; the function works the same, only colder.
 */
public final class PrimingReads implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PrimingReads.class);

    private final List<DependencyCheck> reads;

    public PrimingReads(List<DependencyCheck> reads) {
        this.reads = List.copyOf(reads);
    }

    @Override
    public void run() {
        for (DependencyCheck read : reads) {
            try {
                read.verify();
            } catch (Exception e) {
                LOG.warn("Priming read of {} failed", read.name(), e);
            }
        }
    }
}
