package org.polymetric.counters.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write numbers and times: grouped digits and at most two decimals, UTC times. */
final class Figures {
    /** Shown where a series has no value. */
    static final String NONE = "–";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Figures() {
    }

    static String number(Number n) {
        if (n == null) {
            return NONE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }

    /** A share in percent with one decimal: {@code 80.0 %}. */
    static String percent(double share) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share) + " %";
    }

    static String at(Instant t) {
        return t == null ? "" : AT.format(t);
    }
}
