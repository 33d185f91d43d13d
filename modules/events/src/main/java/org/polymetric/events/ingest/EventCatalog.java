package org.polymetric.events.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What event keys, segments and segment values each game has, for Countly's limits: 500 keys a
 * game, 100 segments an event, 1000 values a segment. Beyond a limit Countly drops the new key
 * (or segment, or value) and keeps the rest of the data, and so does this. Only the writer
 * thread uses it; it learns each game's catalog from {@code events_event_meta} on first use.
 * With several instances each counts what it has seen written plus what was stored when it
 * loaded, so a limit may be overshot by what instances add at the same moment.
 */
public final class EventCatalog {
    public static final int KEY_LIMIT = 500;
    public static final int SEGMENT_LIMIT = 100;
    public static final int VALUE_LIMIT = 1000;

    /** Reads what is stored for one game: rows of (key, segment, value), '' where not applicable. */
    public interface Loader {
        Iterable<String[]> load(long gameId) throws Exception;
    }

    private static final class Game {
        final Map<String, Map<String, Set<String>>> keys = new HashMap<>();
    }

    private final Map<Long, Game> games = new HashMap<>();
    private final Loader loader;

    public EventCatalog(Loader loader) {
        this.loader = loader;
    }

    private Game game(long gameId) throws Exception {
        Game g = games.get(gameId);
        if (g == null) {
            g = new Game();
            for (String[] row : loader.load(gameId)) {
                Map<String, Set<String>> segments = g.keys.computeIfAbsent(row[0], k -> new HashMap<>());
                if (!row[1].isEmpty()) {
                    Set<String> values = segments.computeIfAbsent(row[1], k -> new HashSet<>());
                    if (!row[2].isEmpty()) {
                        values.add(row[2]);
                    }
                }
            }
            games.put(gameId, g);
        }
        return g;
    }

    /** Whether the event key may be stored; a new one is noted in the tally's meta rows. */
    boolean admitKey(long gameId, String key, Tally tally) throws Exception {
        Game g = game(gameId);
        if (g.keys.containsKey(key)) {
            return true;
        }
        if (g.keys.size() >= KEY_LIMIT) {
            return false;
        }
        g.keys.put(key, new HashMap<>());
        tally.meta.add(new Tally.MetaKey(gameId, key, "", ""));
        return true;
    }

    /** Whether this segment value may be stored under an admitted key. */
    boolean admitValue(long gameId, String key, String segment, String value, Tally tally) throws Exception {
        Map<String, Set<String>> segments = game(gameId).keys.get(key);
        Set<String> values = segments.get(segment);
        if (values == null) {
            if (segments.size() >= SEGMENT_LIMIT) {
                return false;
            }
            values = new HashSet<>();
            segments.put(segment, values);
            tally.meta.add(new Tally.MetaKey(gameId, key, segment, ""));
        }
        if (values.contains(value)) {
            return true;
        }
        if (values.size() >= VALUE_LIMIT) {
            return false;
        }
        values.add(value);
        tally.meta.add(new Tally.MetaKey(gameId, key, segment, value));
        return true;
    }

    /** Forgets what was learnt (after a failed commit, the stored state is the truth again). */
    void forget() {
        games.clear();
    }
}
