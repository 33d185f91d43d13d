package org.polymetric.export.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a rollup row adds up: bytes over HTTP and peer to peer, milliseconds played and
 * rebuffered, and the milliseconds of beacon time in the bucket (a session counts its beacon's
 * time, so {@code sessions} is that time over the interval's length).
 */
public record Sums(long http, long p2p, long played, long rebuffered, long sessionMs) {
    public static final Sums ZERO = new Sums(0, 0, 0, 0, 0);

    public Sums plus(Sums o) {
        return new Sums(http + o.http, p2p + o.p2p, played + o.played, rebuffered + o.rebuffered, sessionMs + o.sessionMs);
    }

    /**
     * The metric's value over an interval of {@code intervalMs}: a whole number, except sessions
     * (the average sessions: rounded half up to 3 decimals, written without trailing zeros).
     */
    public Number value(Metric metric, long intervalMs) {
        return switch (metric) {
            case HTTP -> http;
            case P2P -> p2p;
            case PLAYED -> played;
            case REBUFFERED -> rebuffered;
            case SESSIONS -> average(sessionMs, intervalMs);
        };
    }

    static BigDecimal average(long ms, long intervalMs) {
        BigDecimal mean = BigDecimal.valueOf(ms).divide(BigDecimal.valueOf(intervalMs), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mean.scale() < 0 ? mean.setScale(0) : mean;
    }
}
