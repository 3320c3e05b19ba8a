package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * bcrypt at cost 10, OWASP's minimum: one check takes about 60 ms on a full modern core and about
 * 100 ms on the API's 1024 MB Lambda (about 0.6 vCPU). Every step up doubles that: cost 12 would make
 * each login and sign-up wait close to half a second and burn four times the billed CPU, while the
 * login rate limit already bounds online guessing.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    static final int STRENGTH = 10;
    /** bcrypt, at the same cost, of 256 random bits that were thrown away. */
    private static final String DUMMY_HASH = "$2a$10$xkRm84asAutrAduwI93XjeQmyt8wzP27uiOWRxy2kMca9LpkoqSpS";

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(STRENGTH);

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    @Override
    public String dummyHash() {
        return DUMMY_HASH;
    }
}
