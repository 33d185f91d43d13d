package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.domain.line.LineError;
import org.polymetric.counters.domain.line.LineProtocol;
import org.polymetric.counters.domain.line.Precision;
import org.polymetric.counters.domain.line.Sample;
import org.polymetric.counters.store.RollupStore;
import org.polymetric.counters.store.SeriesDirectory;
import org.polymetric.counters.store.SeriesKey;

/**
 * A write request, all or nothing: every line parses, names a game (by key) or license (by
 * hash) that exists and that the caller administers, and only then are the samples stored, in
 * one transaction. A game or license the caller cannot even see is reported as unknown, so a
 * write never tells another organization's keys apart from wrong ones.
 */
@ApplicationScoped
public class CounterWriter {
    /** The largest value taken, either sign: a quintillion. */
    public static final double MAX_VALUE = 1e18;

    @Inject
    Owners owners;

    @Inject
    SeriesDirectory series;

    @Inject
    RollupStore rollups;

    /** @return how many samples were stored */
    public int write(String body, Precision precision, Instant now) {
        List<Sample> samples;
        try {
            samples = LineProtocol.parse(body, precision, now);
        } catch (LineError e) {
            throw CountersRefusal.atLine(400, e.getMessage(), e.line());
        }
        if (samples.isEmpty()) {
            return 0;
        }
        // the parser hands out one source per series it read: per source, the first line naming it
        Map<Source, Integer> firstLine = new IdentityHashMap<>();
        List<Source> sources = new ArrayList<>();
        for (Sample s : samples) {
            // far beyond any counter; it keeps every sum a rollup can reach finite
            if (Math.abs(s.value()) > MAX_VALUE) {
                throw CountersRefusal.atLine(400, "value " + s.value() + " is out of range (at most " + MAX_VALUE + " either way)",
                        s.line());
            }
            if (firstLine.putIfAbsent(s.source(), s.line()) == null) {
                sources.add(s.source());
            }
        }
        // the first line naming each app or license, to blame if it is refused
        Map<String, Integer> apps = new LinkedHashMap<>();
        Map<String, Integer> licenses = new LinkedHashMap<>();
        for (Source source : sources) {
            if (source instanceof Source.App app) {
                apps.putIfAbsent(app.appid(), firstLine.get(source));
            } else if (source instanceof Source.License license) {
                licenses.putIfAbsent(license.hash(), firstLine.get(source));
            }
        }
        Map<String, Owner> games = allowed(owners.games(apps.keySet()), apps, "appid");
        Map<String, Owner> held = allowed(owners.licenses(licenses.keySet()), licenses, "hash");
        // each (source, counter) is keyed once, and its samples find their id by identity, not by hashing the key
        Map<Source, Map<Counter, SeriesKey>> keyOf = new IdentityHashMap<>();
        List<SeriesKey> keys = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            Map<Counter, SeriesKey> byCounter = keyOf.get(s.source());
            if (byCounter == null) {
                byCounter = new EnumMap<>(Counter.class);
                keyOf.put(s.source(), byCounter);
            }
            SeriesKey key = byCounter.get(s.counter());
            if (key == null) {
                Owner owner = s.source() instanceof Source.App app ? games.get(app.appid())
                        : held.get(((Source.License) s.source()).hash());
                key = SeriesKey.of(s.source(), owner.id(), s.counter());
                byCounter.put(s.counter(), key);
            }
            keys.add(key);
        }
        Map<SeriesKey, Long> idOf = new IdentityHashMap<>();
        Map<SeriesKey, Long> ids = series.ids(keyOf.values().stream().flatMap(m -> m.values().stream()).toList(), true);
        for (Map<Counter, SeriesKey> byCounter : keyOf.values()) {
            for (SeriesKey k : byCounter.values()) {
                idOf.put(k, ids.get(k));
            }
        }
        List<RollupStore.Reading> readings = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            readings.add(new RollupStore.Reading(idOf.get(keys.get(i)), samples.get(i).at(), samples.get(i).value()));
        }
        rollups.add(readings);
        return readings.size();
    }

    private Map<String, Owner> allowed(Map<String, Owner> found, Map<String, Integer> named, String what) {
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            Owner owner = found.get(e.getKey());
            if (owner == null || !owners.mayRead(owner)) {
                throw CountersRefusal.atLine(400, "unknown " + what + " '" + e.getKey() + "'", e.getValue());
            }
            if (!owners.mayWrite(owner)) {
                throw CountersRefusal.atLine(403, "writing counters of " + what + " '" + e.getKey() + "' needs admin access to "
                        + (owner.type() == SeriesKey.GAME ? "the game" : "its organization"), e.getValue());
            }
        }
        return found;
    }
}
