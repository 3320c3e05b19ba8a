package com.sneakers.marketplace.trading.violations;

import java.time.Instant;

/** A deliberate read of the wall clock, to prove the architecture test catches it. */
public class DomainRuleReadingTheWallClock {
    public boolean expired(Instant expiresAt) {
        return expiresAt.isBefore(Instant.now());
    }
}
