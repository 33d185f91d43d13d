package org.polymetric.export.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an export can measure, in Peer5's names. */
public enum Metric {
    /** Bytes delivered over HTTP (the beacons' {@code cdn_bytes}). */
    HTTP("http"),
    /** Bytes delivered peer to peer. */
    P2P("p2p"),
    /** Milliseconds the player was playing. */
    PLAYED("played"),
    /** Milliseconds the player was buffering. */
    REBUFFERED("rebuffered"),
    /** The average number of sessions in the interval: the beacon time in it over its length. */
    SESSIONS("sessions");

    /** The names, comma-separated, for refusals. */
    public static final String NAMES = Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
