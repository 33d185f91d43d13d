package org.polymetric.kernel.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A fresh API token secret: 256 random bits, URL-safe, with a {@code pm_} prefix so that secret
 * scanners can spot it. Only its SHA-256 is stored; a slow hash buys nothing for 256-bit
 * randomness and would slow every API call.
 */
public record TokenSecret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PREFIX = "pm_";

    public static TokenSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    /** The first characters, shown in lists so that a user can tell tokens apart. */
    public String hint() {
        return value.substring(0, Math.min(value.length(), 8)) + "…";
    }

    public static String hashOf(String presented) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
