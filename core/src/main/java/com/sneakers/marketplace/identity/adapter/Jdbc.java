package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.platform.db.Transactions;
import javax.sql.DataSource;

/** The identity tables' JDBC work. */
final class Jdbc {
    private static final String ACTION = "use the identity tables";
    private final Transactions transactions;

    Jdbc(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** One statement, or reads that need no isolation from each other. */
    <T> T withConnection(Transactions.Work<T> work) {
        return transactions.read(ACTION, work);
    }

    /** Several statements that commit together or not at all. */
    <T> T inTransaction(Transactions.Work<T> work) {
        return transactions.inTransaction(ACTION, work);
    }
}
