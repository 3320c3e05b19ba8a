package com.sneakers.marketplace.platform.transaction;

import java.util.function.Supplier;

/**
 * The current transaction, as domain services see it: work that commits together or not at all.
 * Work started inside another unit joins it, so steps of several contexts commit as one.
 */
@FunctionalInterface
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
