package org.polymetric.streamstats.store;

import java.util.Comparator;
import org.polymetric.streamstats.domain.PlaybackReport;
import org.polymetric.streamstats.domain.Scope;

/** A scope of one game: the unique key of a {@code streamstats_scope} row. */
record ScopeKey(long gameId, Scope scope) implements Comparable<ScopeKey> {

    /** The unique key's order, so inserts of new scopes take their locks in one order everywhere. */
    private static final Comparator<ScopeKey> ORDER = Comparator.comparingLong(ScopeKey::gameId)
            .thenComparing(k -> k.scope().kind().code())
            .thenComparing(k -> k.scope().channelId())
            .thenComparing(k -> k.scope().streamId())
            .thenComparing(k -> k.scope().bitrate())
            .thenComparing(k -> k.scope().representationId());

    @Override
    public int compareTo(ScopeKey o) {
        return ORDER.compare(this, o);
    }

    /**
     * The key as the unique index compares it: {@code utf8mb4_bin} is a PAD SPACE collation, so
     * trailing spaces do not count.
     */
    ScopeKey padless() {
        return new ScopeKey(gameId, new Scope(scope.kind(), padless(scope.channelId()), padless(scope.streamId()),
                padless(scope.bitrate()), padless(scope.representationId())));
    }

    private static String padless(String s) {
        return PlaybackReport.padless(s);
    }

    /** Characters held, for the cache's weight. */
    int length() {
        return scope.channelId().length() + scope.streamId().length() + scope.bitrate().length()
                + scope.representationId().length();
    }
}
