package org.polymetric.counters.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.polymetric.kernel.time.UtcRange;
import org.polymetric.kernel.time.VendorDates;

/**
 * The range a Photon query reads, {@code [start, end)} in UTC, from its optional {@code start} and
 * {@code end} parameters as the seed defines them: "pass as UTC timestamp: YYYY-MM-DD[Thh:mm:ss]";
 * a date alone starts at 0 AM UTC; no start means the last 24 hours; no end means now.
 *
 * <p>Both parameters take the same forms (the kernel's Photon-style dates: also {@code Thh:mm}, a
 * trailing {@code Z} or an offset, or a space for the {@code T}), so an {@code end} date alone is
 * that day's 00:00 UTC, which it excludes. An empty parameter counts as absent, as forms send
 * them. "Now" is the end of the current second ({@link #endOfNow}): Photon's times are seconds,
 * a sample written this second counts (the range excludes its end), and a query repeated within
 * the second reads the same range.
 *
 * <p>A range is at most {@link #LONGEST} long: the hour rows' retention, so every range is read
 * from hours or finer, and an xport or a graph has at most some 400 points (a day's step).
 * A parameter longer than {@value #MAX_TEXT} characters, or whose year is not four digits, is
 * refused before any date parsing.
 */
public record TimeRange(Instant start, Instant end) {
    /** What "no start" reads: "the last 24 hours". */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(24);
    /** The longest range a query may read: the 400 days hour rows are kept. */
    public static final Duration LONGEST = Duration.ofDays(400);
    /** The longest {@code start} or {@code end} text read: {@code 2024-03-01T12:30:15.123456789+05:00} is 35. */
    static final int MAX_TEXT = 40;

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " is not before end " + end);
        }
    }

    /**
     * Reads the query's parameters.
     *
     * @param start the {@code start} parameter as sent, or {@code null}
     * @param end   the {@code end} parameter as sent, or {@code null}
     * @throws InvalidTimeRange when either does not parse, the start is not before the end (an
     *                          empty range has no figure to answer), or the range is longer than
     *                          {@link #LONGEST}
     */
    public static TimeRange parse(String start, String end, Clock clock) throws InvalidTimeRange {
        Instant to = given(end) ? instant("end", end) : endOfNow(clock);
        Instant from = given(start) ? instant("start", start) : to.minus(DEFAULT_LENGTH);
        if (!from.isBefore(to)) {
            throw new InvalidTimeRange("start", "start " + VendorDates.iso(from) + " is not before end "
                    + VendorDates.iso(to) + (given(end) ? "" : " (now)"));
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidTimeRange("start", "the range from " + VendorDates.iso(from) + " to " + VendorDates.iso(to)
                    + " is longer than " + LONGEST.toDays() + " days, the most one query reads");
        }
        return new TimeRange(from, to);
    }

    /**
     * The exclusive end of a range that runs "until now": the start of the next whole second. Cut
     * to the current second instead, a sample stamped this second (and the minute that starts at
     * it) would fall outside a range read right after it was written.
     */
    public static Instant endOfNow(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** The last 24 hours before {@code end}: what a query without {@code start} reads. */
    public static TimeRange lastDayBefore(Instant end) {
        return new TimeRange(end.minus(DEFAULT_LENGTH), end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The same range as the kernel's type, for its bucketing. */
    public UtcRange utc() {
        return new UtcRange(start, end);
    }

    private static boolean given(String parameter) {
        return parameter != null && !parameter.isBlank();
    }

    private static Instant instant(String parameter, String text) {
        String t = text.strip();
        Optional<Instant> at = t.length() <= MAX_TEXT && fourDigitYear(t) ? VendorDates.dateOrDateTime(t) : Optional.empty();
        if (at.isEmpty()) {
            throw new InvalidTimeRange(parameter, parameter + " \"" + RequestText.quoted(t)
                    + "\" is not a UTC date or date-time: pass YYYY-MM-DD or YYYY-MM-DDThh:mm:ss");
        }
        return at.get();
    }

    /** Whether the text starts {@code dddd-}: the date parser would also take a signed year of up to nine digits. */
    private static boolean fourDigitYear(String t) {
        if (t.length() < 5 || t.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
