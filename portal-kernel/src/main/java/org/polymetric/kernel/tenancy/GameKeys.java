package org.polymetric.kernel.tenancy;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A game's public key and secret, 40 lower-case hex characters each like Countly's app keys and
 * GameAnalytics' game keys, so SDKs that check the format accept them.
 */
public record GameKeys(String key, String secretKey) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static GameKeys generate() {
        return new GameKeys(hex20(), hex20());
    }

    private static String hex20() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
