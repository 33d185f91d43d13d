package org.polymetric.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date formats of the vendors' APIs, parsed leniently where their clients vary and written
 * exactly as their documents show.
 */
public final class VendorDates {
    /** GameAnalytics and ISO 8601 with second precision: {@code 2019-08-24T14:15:22Z}. */
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Epoch seconds end before this many digits; Countly SDKs send either seconds or milliseconds. */
    private static final long FIRST_MILLISECOND_EPOCH = 100_000_000_000L;
    /** Digits, optionally with a fraction (some SDKs send {@code 1700000000.123}); the fraction is dropped. */
    private static final Pattern EPOCH = Pattern.compile("(\\d{1,13})(?:\\.\\d+)?");

    private VendorDates() {
    }

    /** Formats as GameAnalytics does: UTC, whole seconds, trailing {@code Z}. */
    public static String iso(Instant t) {
        return t == null ? null : ISO_SECONDS.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Reads an epoch timestamp in seconds (10 digits) or milliseconds (13 digits), as Countly SDKs
     * send it; empty when the text is not a number.
     */
    public static Optional<Instant> epochSecondsOrMillis(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = EPOCH.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(m.group(1));
        return Optional.of(value < FIRST_MILLISECOND_EPOCH ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
    }

    /**
     * Reads a Photon-style date: {@code 2024-03-01} (00:00 UTC), {@code 2024-03-01T12:30},
     * {@code 2024-03-01T12:30:15}, with or without a trailing {@code Z} or offset, or a space
     * instead of {@code T}; empty when it is none of these.
     */
    public static Optional<Instant> dateOrDateTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim().replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Optional.of(java.time.OffsetDateTime.parse(s).toInstant());
            }
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
