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

    /**
     * Whether {@code text} could be a game's key: 40 hex digits. Checked before any look-up, so a
     * request naming a key of another shape costs nothing (a loop, not a regex: every SDK request asks).
     */
    public static boolean isKey(String text) {
        if (text == null || text.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static String hex20() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
