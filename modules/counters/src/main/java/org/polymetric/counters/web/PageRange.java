package org.polymetric.counters.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.counters.domain.InvalidTimeRange;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.domain.XportStep;
import org.polymetric.kernel.time.VendorDates;

/**
 * The range a counters page shows: the last hour, 24 hours (the default, as the API's), 7 or 30
 * days until now, or a custom {@code start}/{@code end} in the API's forms (UTC). Links from the
 * page (CSV, PNG) carry the resolved start and end, so they read exactly what the page shows.
 * A custom range that does not parse, or is longer than {@link TimeRange#LONGEST}, falls back to the
 * default with the reason in {@link #problem()}.
 *
 * @param choice one of {@link #CHOICES}
 */
public record PageRange(String choice, TimeRange range, String problem) {
    public static final String CUSTOM = "custom";
    public static final String DEFAULT = "24h";
    /** The choices the pickers offer, in order. */
    public static final List<String> CHOICES = List.of("1h", "24h", "7d", "30d", CUSTOM);
    private static final Map<String, Duration> LENGTHS = new LinkedHashMap<>();
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static {
        LENGTHS.put("1h", Duration.ofHours(1));
        LENGTHS.put("24h", Duration.ofHours(24));
        LENGTHS.put("7d", Duration.ofDays(7));
        LENGTHS.put("30d", Duration.ofDays(30));
    }

    /**
     * Reads a page's {@code range}, {@code start} and {@code end}. A start or end without a
     * (known) range choice is a custom range, as the page's own links send them.
     */
    public static PageRange of(String choice, String start, String end, Clock clock) {
        boolean known = choice != null && LENGTHS.containsKey(choice);
        if (CUSTOM.equals(choice) || (!known && (given(start) || given(end)))) {
            try {
                return new PageRange(CUSTOM, TimeRange.parse(start, end, clock), null);
            } catch (InvalidTimeRange e) {
                return fallback(clock, e.getMessage());
            }
        }
        return last(known ? choice : DEFAULT, clock, null);
    }

    private static PageRange fallback(Clock clock, String problem) {
        return last(DEFAULT, clock, problem);
    }

    private static PageRange last(String choice, Clock clock, String problem) {
        Instant now = TimeRange.endOfNow(clock);
        return new PageRange(choice, new TimeRange(now.minus(LENGTHS.get(choice)), now), problem);
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    /** The start for a link: {@code 2024-05-01T12:00:00Z}. */
    public String start() {
        return VendorDates.iso(range.start());
    }

    /** The end for a link. */
    public String end() {
        return VendorDates.iso(range.end());
    }

    /**
     * The range as link parameters: the choice for the last hours or days (a link keeps "until
     * now"), start and end for a custom range.
     */
    public String params() {
        return CUSTOM.equals(choice) ? "start=" + start() + "&end=" + end() : "range=" + choice;
    }

    /** The start for a {@code datetime-local} field (UTC, to the minute). */
    public String startInput() {
        return INPUT.format(range.start());
    }

    public String endInput() {
        return INPUT.format(range.end());
    }

    /** The range as the page states it: {@code 2024-05-01 12:00 – 2024-05-02 12:00 UTC}. */
    public String label() {
        return SHOWN.format(range.start()) + " – " + SHOWN.format(range.end()) + " UTC";
    }

    /** The seconds between two points of the range's series. */
    public long stepSeconds() {
        return XportStep.of(range).seconds();
    }
}
