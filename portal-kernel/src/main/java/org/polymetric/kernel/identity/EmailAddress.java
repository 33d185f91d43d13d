package org.polymetric.kernel.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's one rule for an e-mail address (settings, sign-up, invites, sign-in): a local part
 * of at most 64 characters (RFC 5321), a domain with a dot, no spaces, at most 191 characters in
 * all: the width of the columns that keep addresses (an indexed {@code utf8mb4} column), below RFC
 * 5321's 254, so that no longer address reaches the database to fail there. Addresses are kept trimmed, NFC-normalised and wholly in lower case (the local
 * part too: GameAnalytics treats addresses case-insensitively, and no mail provider in use hands
 * out addresses that differ only in case), so one person is one account. Two addresses are the
 * same person only when these normal forms are equal: the columns holding them compare bytes
 * ({@code utf8mb4_bin}), never MariaDB's accent-folding collation, so {@code ádmin@x} is not
 * {@code admin@x}.
 */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.][^@\\s]*\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 191;

    private EmailAddress() {
    }

    /** The address in its normal form, or empty when it is not one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = normal(text);
        return address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }

    /** The normal form of whatever was typed (for look-ups, which need no shape check). */
    public static String normal(String text) {
        String trimmed = text == null ? "" : text.strip();
        return Normalizer.normalize(trimmed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
