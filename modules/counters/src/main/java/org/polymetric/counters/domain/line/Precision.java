package org.polymetric.counters.domain.line;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The unit of a line's timestamp, from the write request's {@code precision} parameter:
 * {@code s}, {@code ms} or {@code ns}, nanoseconds when absent, as InfluxDB reads them.
 */
public enum Precision {
    S("s"),
    MS("ms"),
    NS("ns");

    /** What a request without {@code precision} means, as in InfluxDB. */
    public static final Precision DEFAULT = NS;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String token;

    Precision(String token) {
        this.token = token;
    }

    /** The parameter's value for this precision. */
    public String token() {
        return token;
    }

    /**
     * The precision a {@code precision} parameter names: {@link #DEFAULT} when it is absent or empty,
     * empty when it names none of {@code s}, {@code ms}, {@code ns}.
     */
    public static Optional<Precision> of(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            return Optional.of(DEFAULT);
        }
        for (Precision p : values()) {
            if (p.token.equals(parameter)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The instant {@code units} of this precision after the epoch; empty beyond the range of dates. */
    public Optional<Instant> instant(long units) {
        try {
            return Optional.of(switch (this) {
                case S -> Instant.ofEpochSecond(units);
                case MS -> Instant.ofEpochMilli(units);
                case NS -> Instant.ofEpochSecond(Math.floorDiv(units, NANOS_PER_SECOND), Math.floorMod(units, NANOS_PER_SECOND));
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return token;
    }
}
