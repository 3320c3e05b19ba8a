package com.sneakers.marketplace.identity;

/** The outcome of presenting a refresh token. */
public sealed interface RefreshResult permits SignedIn, RefreshResult.Refused {

    /** No new tokens; the reason is for logs and tests, the client should only be told to log in again. */
    record Refused(Reason reason) implements RefreshResult {

        public enum Reason {
            /** Not a token this system issued, or one long gone. */
            UNKNOWN,
            EXPIRED,
            /** Its session was ended by a logout or by the reuse of one of its tokens. */
            REVOKED,
            /** The token had already been used: its whole session is now revoked. */
            REUSED
        }
    }
}
