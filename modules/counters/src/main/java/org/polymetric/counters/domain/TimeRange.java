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
 * them. "Now" is cut to whole seconds: Photon's times are seconds, and a query repeated within
 * the second reads the same range.
 */
public record TimeRange(Instant start, Instant end) {
    /** What "no start" reads: "the last 24 hours". */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

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
     * @throws InvalidTimeRange when either does not parse, or the start is not before the end (an
     *                          empty range has no figure to answer)
     */
    public static TimeRange parse(String start, String end, Clock clock) throws InvalidTimeRange {
        Instant to = given(end) ? instant("end", end) : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = given(start) ? instant("start", start) : to.minus(DEFAULT_LENGTH);
        if (!from.isBefore(to)) {
            throw new InvalidTimeRange("start", "start " + VendorDates.iso(from) + " is not before end "
                    + VendorDates.iso(to) + (given(end) ? "" : " (now)"));
        }
        return new TimeRange(from, to);
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
        Optional<Instant> t = VendorDates.dateOrDateTime(text);
        if (t.isEmpty()) {
            throw new InvalidTimeRange(parameter, parameter + " \"" + text.strip()
                    + "\" is not a UTC date or date-time: pass YYYY-MM-DD or YYYY-MM-DDThh:mm:ss");
        }
        return t.get();
    }
}
