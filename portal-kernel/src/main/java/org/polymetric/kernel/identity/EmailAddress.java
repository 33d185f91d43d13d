package org.polymetric.kernel.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's one rule for an e-mail address (settings, sign-up, invites): a local part of at
 * most 64 characters, a domain with a dot, no spaces, at most 254 characters in all (RFC 5321's
 * limits). Addresses are kept in lower case, so one person is one account.
 */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.][^@\\s]*\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address trimmed and in lower case, or empty when it is not one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.trim().toLowerCase(Locale.ROOT);
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
