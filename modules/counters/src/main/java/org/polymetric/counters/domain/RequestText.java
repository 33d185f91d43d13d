package org.polymetric.counters.domain;

import java.util.OptionalLong;

/**
 * The strict reading of short values from requests: a whole number is checked by its grammar
 * (an optional sign, then at most a given count of digits) before it is parsed, so no text is
 * ever handed to a parser that could work on it for long; and a value quoted back in an error
 * message is cut short, so a refusal never echoes a megabyte.
 */
public final class RequestText {
    /** The most characters of a request's value an error message quotes. */
    public static final int QUOTED = 40;
    /** Digits of a database id in a request: any id a BIGINT column hands out in practice. */
    public static final int ID_DIGITS = 18;

    private RequestText() {
    }

    /**
     * The whole number {@code text} writes as {@code [+-]?[0-9]{1,maxDigits}} (surrounding blanks
     * ignored); empty when it is anything else, a longer number included.
     *
     * @param maxDigits at most 18, so every such number fits a {@code long}
     */
    public static OptionalLong whole(String text, int maxDigits) {
        if (maxDigits < 1 || maxDigits > 18) {
            throw new IllegalArgumentException("1 to 18 digits, not " + maxDigits);
        }
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.strip();
        int from = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        if (t.length() == from || t.length() - from > maxDigits) {
            return OptionalLong.empty();
        }
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(t));
    }

    /** The text as an error message quotes it: at most {@value #QUOTED} characters, then "…". */
    public static String quoted(String text) {
        return text == null || text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }
}
