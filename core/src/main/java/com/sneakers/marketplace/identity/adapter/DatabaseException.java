package com.sneakers.marketplace.identity.adapter;

import java.sql.SQLException;

/** The database failed or refused a statement the code did not expect it to refuse. */
public final class DatabaseException extends RuntimeException {
    DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
