package org.polymetric.streamstats.domain;

import java.util.Locale;

/**
 * Where video bytes came from: the {@code source} parameter of the stats series, and a beacon's
 * source for the averages ({@code p2p} when it carries p2p bytes, else {@code cdn}).
 */
public enum Source {
    CDN, P2P;

    /** The message of the 400 answer for a missing or unknown {@code source}. */
    public static final String MESSAGE = "source must be cdn or p2p";

    /** The {@code source} parameter, exactly {@code cdn} or {@code p2p} (lower case, as the seed writes it). */
    public static Source parse(String text) {
        if ("cdn".equals(text)) {
            return CDN;
        }
        if ("p2p".equals(text)) {
            return P2P;
        }
        throw new BadParameter(MESSAGE);
    }

    /** A beacon's source for the averages. */
    public static Source ofBeacon(long p2pBytes) {
        return p2pBytes > 0 ? P2P : CDN;
    }

    /** The name in the API's field names ({@code agg_throughput_cdn}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
