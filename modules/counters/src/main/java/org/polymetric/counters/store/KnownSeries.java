package org.polymetric.counters.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The series ids {@link SeriesDirectory} keeps in memory, at most a given number: a series'
 * id never changes, so one once read needs no lookup again; beyond the bound ids are looked up
 * each time, so series written by the hundred thousand (cloud and cluster are free text) cost
 * lookups, not the server's memory. Only ids read from the table are kept, never a key a
 * request merely asked for.
 */
final class KnownSeries {
    private final int capacity;
    private final Map<SeriesKey, Long> ids = new ConcurrentHashMap<>();

    KnownSeries(int capacity) {
        this.capacity = capacity;
    }

    /** The id of the series, or null when it is not kept. */
    Long id(SeriesKey key) {
        return ids.get(key);
    }

    /** Keeps the id of an existing series while there is room (concurrent callers may pass the bound by a few). */
    void keep(SeriesKey key, long id) {
        if (ids.size() < capacity) {
            ids.put(key, id);
        }
    }

    int size() {
        return ids.size();
    }
}
