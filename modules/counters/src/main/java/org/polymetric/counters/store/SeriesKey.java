package org.polymetric.counters.store;

import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Source;

/**
 * What names one series in {@code counters_series}: its owner (a game, {@code 'g'}, or a
 * license, {@code 'l'}, by id), the counter and, for a game, the region, cloud and cluster.
 */
public record SeriesKey(char ownerType, long ownerId, String counter, String region, String cloud, String cluster)
        implements Comparable<SeriesKey> {
    public static final char GAME = 'g';
    public static final char LICENSE = 'l';

    /** The series of a counter of {@code source}, whose owner has the id {@code ownerId}. */
    public static SeriesKey of(Source source, long ownerId, Counter counter) {
        if (source instanceof Source.App app) {
            return new SeriesKey(GAME, ownerId, counter.counterName(), app.region().token(), app.cloud(), app.cluster());
        }
        return new SeriesKey(LICENSE, ownerId, counter.counterName(), "", "", "");
    }

    @Override
    public int compareTo(SeriesKey o) {
        int c = Character.compare(ownerType, o.ownerType);
        c = c != 0 ? c : Long.compare(ownerId, o.ownerId);
        c = c != 0 ? c : counter.compareTo(o.counter);
        c = c != 0 ? c : region.compareTo(o.region);
        c = c != 0 ? c : cloud.compareTo(o.cloud);
        return c != 0 ? c : cluster.compareTo(o.cluster);
    }
}
