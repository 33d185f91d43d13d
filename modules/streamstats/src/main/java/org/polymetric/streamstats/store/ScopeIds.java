package org.polymetric.streamstats.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.streamstats.domain.Scope;

/**
 * The ids of the four scopes of each report (game, channel, stream, rendition: {@link Scope#of}).
 * Scopes are only ever added, so ids are kept in memory: a batch of known scopes whose stream URI
 * did not change costs no statement. The rest are upserted, in key order, by {@link ScopeRows} in
 * a transaction of their own (a lock conflict with another instance is tried again). The memory
 * is bounded by weight (the characters of the keys and URIs held), not by count, as a key may be
 * 350 characters and a URI 2 048.
 */
@ApplicationScoped
public class ScopeIds {
    /** About 40 MB of characters at most; the benchmark's 10 000 streams with their renditions weigh some 5 M. */
    static final long MAX_WEIGHT = 20_000_000;
    private static final int ENTRY_WEIGHT = 64;
    private static final int ATTEMPTS = 3;

    @Inject
    ScopeRows rows;

    private final Cache<ScopeKey, ScopeRows.Stored> known = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .<ScopeKey, ScopeRows.Stored>weigher((k, v) -> ENTRY_WEIGHT + k.length() + v.streamUri().length()).build();

    /** One rendition of one game: what decides a report's four scopes. */
    private record Rendition(long gameId, String channelId, String streamId, String bitrate, String representationId) {
        static Rendition of(PlaybackReport r) {
            return new Rendition(r.gameId(), r.channelId(), r.streamId(), r.bitrate(), r.representationId());
        }
    }

    /** A scope's latest non-empty stream URI in the batch, and the position of the report that carried it. */
    private record Latest(int at, String uri) {
        static final Latest NONE = new Latest(-1, "");

        Latest later(Latest o) {
            return o.at > at ? o : this;
        }
    }

    /**
     * For each report, in order, its four scope ids, widest first. A batch names few renditions
     * for many reports, so each distinct rendition is looked up once; reports of one rendition
     * share one array (read it, never write it).
     */
    public List<long[]> of(List<PlaybackReport> reports) {
        // each rendition's latest non-empty URI, renditions in the order they first came
        Map<Rendition, Latest> renditions = new LinkedHashMap<>();
        Map<Rendition, PlaybackReport> example = new HashMap<>();
        Rendition[] of = new Rendition[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            PlaybackReport r = reports.get(i);
            Rendition rendition = Rendition.of(r);
            of[i] = rendition;
            example.putIfAbsent(rendition, r);
            renditions.merge(rendition, r.streamUri().isEmpty() ? Latest.NONE : new Latest(i, r.streamUri()), Latest::later);
        }
        // a stream's URI is the latest of its renditions' (the game's and a channel's rows carry none)
        Map<ScopeKey, Latest> uris = new HashMap<>();
        Map<Rendition, ScopeKey[]> keys = new LinkedHashMap<>();
        renditions.forEach((rendition, latest) -> {
            List<Scope> scopes = Scope.of(example.get(rendition));
            ScopeKey[] four = new ScopeKey[scopes.size()];
            for (int j = 0; j < four.length; j++) {
                Scope scope = scopes.get(j);
                four[j] = new ScopeKey(rendition.gameId(), scope);
                if (scope.kind() == Scope.Kind.STREAM || scope.kind() == Scope.Kind.RENDITION) {
                    uris.merge(four[j], latest, Latest::later);
                }
            }
            keys.put(rendition, four);
        });
        // the batch's own copy: what the memory drops meanwhile (it is full) is still at hand here
        Map<ScopeKey, ScopeRows.Stored> batch = new HashMap<>();
        // what each unknown or changed scope should store
        Map<ScopeKey, String> wanted = new TreeMap<>();
        for (ScopeKey[] four : keys.values()) {
            for (ScopeKey key : four) {
                ScopeRows.Stored stored = batch.computeIfAbsent(key, known::getIfPresent);
                String uri = uris.getOrDefault(key, Latest.NONE).uri();
                if (stored == null || !uri.isEmpty() && !uri.equals(stored.streamUri())) {
                    wanted.put(key, uri);
                }
            }
        }
        if (!wanted.isEmpty()) {
            Map<ScopeKey, ScopeRows.Stored> stored = upsert(new ArrayList<>(wanted.entrySet()));
            batch.putAll(stored);
            known.putAll(stored);
        }
        Map<Rendition, long[]> ids = new HashMap<>();
        keys.forEach((rendition, four) -> {
            long[] id = new long[four.length];
            for (int j = 0; j < four.length; j++) {
                ScopeRows.Stored stored = batch.get(four[j]);
                if (stored == null) {
                    // only when the game was deleted between the upsert and its read (its scopes cascade)
                    throw new IllegalStateException("streamstats scope " + four[j] + " was upserted but cannot be read back");
                }
                id[j] = stored.id();
            }
            ids.put(rendition, id);
        });
        List<long[]> each = new ArrayList<>(reports.size());
        for (Rendition rendition : of) {
            each.add(ids.get(rendition));
        }
        return each;
    }

    private Map<ScopeKey, ScopeRows.Stored> upsert(List<Map.Entry<ScopeKey, String>> scopes) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rows.upsert(scopes);
            } catch (ScopeRows.ScopeFailure e) {
                if (!e.lockConflict() || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
