package org.polymetric.kernel.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a mailed link (an invitation, a password reset): 256 random bits, URL-safe. Only
 * its SHA-256 is stored, so the database, its backups and the inviter's pages hold nothing that
 * opens the link; it travels only in the mail.
 */
public record LinkSecret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public static LinkSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return TokenSecret.hashOf(value);
    }

    /** The hash to look a presented secret up by; empty when it cannot be one (no look-up then). */
    public static Optional<String> hashOf(String presented) {
        return presented != null && SHAPE.matcher(presented).matches()
                ? Optional.of(TokenSecret.hashOf(presented)) : Optional.empty();
    }
}
