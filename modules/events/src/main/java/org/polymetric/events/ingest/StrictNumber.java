package org.polymetric.events.ingest;

import java.math.BigDecimal;

/**
 * The only number text a Countly request may carry: an optional sign, at most
 * {@value #MAX_LENGTH} characters of digits with an optional fraction, and at most a two-digit
 * exponent ({@code 1.5e-7} as a browser prints it). Checked by hand before any
 * {@link BigDecimal} or {@code double} work, because both accept {@code 1e50000000}, and turning
 * that into an integer kept a core busy for tens of seconds; a loop over the characters also
 * costs the ingest path no regex.
 */
public final class StrictNumber {
    /** Longest number text taken: a millisecond timestamp with a fraction needs about 20. */
    public static final int MAX_LENGTH = 40;

    private StrictNumber() {
    }

    /** The value of {@code text} (surrounding blanks ignored), or null when it is not a strict number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return isStrict(t) ? new BigDecimal(t) : null;
    }

    /** Whether {@code t} is {@code [+-]?digits(.digits)?([eE][+-]?d{1,2})?} within the length bound. */
    static boolean isStrict(String t) {
        int n = t.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        int digits = skipDigits(t, i);
        if (digits == i) {
            return false;
        }
        i = digits;
        if (i < n && t.charAt(i) == '.') {
            int fraction = skipDigits(t, i + 1);
            if (fraction == i + 1) {
                return false;
            }
            i = fraction;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exponent = skipDigits(t, i);
            if (exponent == i || exponent - i > 2) {
                return false;
            }
            i = exponent;
        }
        return i == n;
    }

    private static int skipDigits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
