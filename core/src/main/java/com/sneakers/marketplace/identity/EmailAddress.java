package com.sneakers.marketplace.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as accounts know them: trimmed and lower-cased, so one mailbox is one account. */
final class EmailAddress {
    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    /** The HTML living standard's valid e-mail address, with at least one dot in the domain. */
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private EmailAddress() {}

    /** The normalised address, or empty when the input is not a valid email address. */
    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        boolean valid = email.length() <= MAX_LENGTH
                && FORMAT.matcher(email).matches()
                && email.indexOf('@') <= MAX_LOCAL_PART_LENGTH;
        return valid ? Optional.of(email) : Optional.empty();
    }
}
