package org.polymetric.events.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rollup increments of one batch, summed in memory so that each row is written once per
 * commit however many requests touched it.
 */
public final class Tally {
    /** Columns of {@code events_session_hour}, in this order. */
    public static final String[] SESSION_COLUMNS = {"t", "n", "d", "e", "uh", "ud", "uw", "um", "uy"};
    static final int T = 0;
    static final int N = 1;
    static final int D = 2;
    static final int E = 3;
    static final int U = 4;

    public record SessionKey(long gameId, String dim, String val, LocalDateTime hour) {
    }

    public record EventKey(long gameId, String key, String seg, String val, LocalDateTime hour) {
    }

    public record MetaKey(long gameId, String key, String seg, String val) {
    }

    public record RetentionKey(long gameId, LocalDate cohort, int n) {
    }

    final Map<SessionKey, long[]> sessions = new HashMap<>();
    final Map<EventKey, double[]> events = new HashMap<>();
    final Set<MetaKey> meta = new LinkedHashSet<>();
    final Map<RetentionKey, Integer> retention = new HashMap<>();

    long[] session(long gameId, String dim, String val, LocalDateTime hour) {
        return sessions.computeIfAbsent(new SessionKey(gameId, dim, val, hour), k -> new long[SESSION_COLUMNS.length]);
    }

    void event(long gameId, String key, String seg, String val, LocalDateTime hour, long count, double sum, double dur) {
        double[] v = events.computeIfAbsent(new EventKey(gameId, key, seg, val, hour), k -> new double[3]);
        v[0] += count;
        v[1] += sum;
        v[2] += dur;
    }

    void retained(long gameId, LocalDate cohort, int n) {
        retention.merge(new RetentionKey(gameId, cohort, n), 1, Integer::sum);
    }

    public Map<SessionKey, long[]> sessions() {
        return sessions;
    }

    public Map<EventKey, double[]> events() {
        return events;
    }

    public Set<MetaKey> meta() {
        return meta;
    }

    public Map<RetentionKey, Integer> retention() {
        return retention;
    }
}
