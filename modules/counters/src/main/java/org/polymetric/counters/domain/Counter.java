package org.polymetric.counters.domain;

import java.util.Optional;

/**
 * The counters of the seed's two "Available Counters" tables: eleven of Photon Cloud apps (read
 * by {@code appid} and region) and two of Photon Server licenses (read by {@code hash}), each with
 * the aggregation its description ends with. License counters carry no aggregation in the seed;
 * both are levels at an instant (instances running, CCU connected), so their figure over a range
 * is the maximum, like the app's {@code Ccu}.
 *
 * <p>Names are case-sensitive and exactly as the seed's tables write them: the app counter
 * {@code Ccu} and the license counter {@code CCU} differ only by case. The one exception is
 * {@link #of(Kind, String)}: the seed's own {@code /bulkdata/license} sample asks for the license
 * CCU as {@code "template": "Ccu"}, so a license query accepts that spelling too.
 */
public enum Counter {
    TRAFFIC_MULTIPLAYER("TrafficMultiplayer", Kind.APP, Aggregation.AVERAGE),
    TRAFFIC_CHAT("TrafficChat", Kind.APP, Aggregation.MAXIMUM),
    ROOMS("Rooms", Kind.APP, Aggregation.MAXIMUM),
    CHANNELS("Channels", Kind.APP, Aggregation.MAXIMUM),
    MESSAGES("Messages", Kind.APP, Aggregation.MAXIMUM),
    CCU("Ccu", Kind.APP, Aggregation.MAXIMUM),
    REJECTS("Rejects", Kind.APP, Aggregation.MAXIMUM),
    DISCONNECT_RATE("DisconnectRate", Kind.APP, Aggregation.MAXIMUM),
    MESSAGES_PER_ROOM("MessagesPerRoom", Kind.APP, Aggregation.MAXIMUM),
    MESSAGES_PER_CHANNEL("MessagesPerChannel", Kind.APP, Aggregation.MAXIMUM),
    MESSAGES_PER_CCU("MessagesPerCcu", Kind.APP, Aggregation.MAXIMUM),
    SERVERS("Servers", Kind.LICENSE, Aggregation.MAXIMUM),
    LICENSE_CCU("CCU", Kind.LICENSE, Aggregation.MAXIMUM);

    /** The seed's spelling of the license CCU in its {@code /bulkdata/license} sample. */
    private static final String LICENSE_CCU_IN_SAMPLE = "Ccu";

    /** Whose counter it is: a Photon Cloud app's or a Photon Server license's. */
    public enum Kind {
        APP("app", "appid"),
        LICENSE("license", "hash");

        private final String path;
        private final String key;

        Kind(String path, String key) {
            this.path = path;
            this.key = key;
        }

        /** The last segment of the API's paths for this kind ({@code bulkdata/app}, {@code bulkdata/license}). */
        public String path() {
            return path;
        }

        /** The parameter (and ingest tag) that names the owner: {@code appid} or {@code hash}. */
        public String key() {
            return key;
        }
    }

    private final String counterName;
    private final Kind kind;
    private final Aggregation aggregation;

    Counter(String counterName, Kind kind, Aggregation aggregation) {
        this.counterName = counterName;
        this.kind = kind;
        this.aggregation = aggregation;
    }

    /** The name as the seed writes it: the URL's {@code {counter}}, the bulk query's {@code template}, the ingest measurement. */
    public String counterName() {
        return counterName;
    }

    public Kind kind() {
        return kind;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    /** The counter with exactly this name, of either kind; empty for anything else. */
    public static Optional<Counter> named(String name) {
        for (Counter c : values()) {
            if (c.counterName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The counter of this kind with exactly this name, or the license CCU for the seed's
     * {@code Ccu} in a license query; empty for anything else, a counter of the other kind included.
     */
    public static Optional<Counter> of(Kind kind, String name) {
        if (kind == Kind.LICENSE && LICENSE_CCU_IN_SAMPLE.equals(name)) {
            return Optional.of(LICENSE_CCU);
        }
        return named(name).filter(c -> c.kind == kind);
    }

    /** The names of this kind's counters in the seed's order, comma-separated, for error messages. */
    public static String names(Kind kind) {
        StringBuilder all = new StringBuilder();
        for (Counter c : values()) {
            if (c.kind == kind) {
                all.append(all.length() == 0 ? "" : ", ").append(c.counterName);
            }
        }
        return all.toString();
    }

    @Override
    public String toString() {
        return counterName;
    }
}
