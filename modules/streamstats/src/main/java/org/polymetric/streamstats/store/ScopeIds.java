package org.polymetric.streamstats.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** For each report, in order, its four scope ids, widest first. */
    public List<long[]> of(List<PlaybackReport> reports) {
        // the batch's own copy: what the memory drops meanwhile (it is full) is still at hand here
        Map<ScopeKey, ScopeRows.Stored> batch = new HashMap<>();
        // what each unknown or changed scope should store: the batch's latest non-empty URI
        Map<ScopeKey, String> wanted = new TreeMap<>();
        for (PlaybackReport r : reports) {
            for (Scope scope : Scope.of(r)) {
                ScopeKey key = new ScopeKey(r.gameId(), scope);
                String uri = uri(scope, r);
                ScopeRows.Stored stored = batch.computeIfAbsent(key, known::getIfPresent);
                // once a scope is to be written, every later URI of the batch counts (A, then B over a stored B is B)
                if (stored == null || wanted.containsKey(key) || !uri.isEmpty() && !uri.equals(stored.streamUri())) {
                    wanted.merge(key, uri, (before, later) -> later.isEmpty() ? before : later);
                }
            }
        }
        if (!wanted.isEmpty()) {
            Map<ScopeKey, ScopeRows.Stored> stored = upsert(new ArrayList<>(wanted.entrySet()));
            batch.putAll(stored);
            known.putAll(stored);
        }
        List<long[]> ids = new ArrayList<>(reports.size());
        for (PlaybackReport r : reports) {
            List<Scope> scopes = Scope.of(r);
            long[] four = new long[scopes.size()];
            for (int i = 0; i < four.length; i++) {
                ScopeKey key = new ScopeKey(r.gameId(), scopes.get(i));
                ScopeRows.Stored stored = batch.get(key);
                if (stored == null) {
                    // only when the game was deleted between the upsert and its read (its scopes cascade)
                    throw new IllegalStateException("streamstats scope " + key + " was upserted but cannot be read back");
                }
                four[i] = stored.id();
            }
            ids.add(four);
        }
        return ids;
    }

    /** A stream's and a rendition's row carry the stream URI; the game's and a channel's none. */
    private static String uri(Scope scope, PlaybackReport r) {
        return scope.kind() == Scope.Kind.STREAM || scope.kind() == Scope.Kind.RENDITION ? r.streamUri() : "";
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
