package com.sneakers.marketplace.identity;

/** The outcome of making sure an admin account exists. */
public sealed interface BootstrapAdminResult
        permits BootstrapAdminResult.Created,
                BootstrapAdminResult.Promoted,
                BootstrapAdminResult.AlreadyAdmin,
                ValidationFailed {

    /** No account had the email: an admin account was created with the given password. */
    record Created(User admin) implements BootstrapAdminResult {}

    /** A user account had the email: it is an admin now and keeps its own password. */
    record Promoted(User admin) implements BootstrapAdminResult {}

    /** Nothing to do. */
    record AlreadyAdmin(User admin) implements BootstrapAdminResult {}
}
