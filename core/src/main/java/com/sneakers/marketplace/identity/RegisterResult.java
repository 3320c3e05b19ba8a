package com.sneakers.marketplace.identity;

/** The outcome of a sign-up. */
public sealed interface RegisterResult permits SignedIn, ValidationFailed, RegisterResult.EmailTaken {

    /** Another account already has this email (compared after normalisation). */
    record EmailTaken() implements RegisterResult {}
}
