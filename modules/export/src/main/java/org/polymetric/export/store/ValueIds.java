package org.polymetric.export.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.polymetric.export.domain.Dimension;
import org.polymetric.kernel.ingest.playback.Beacon;
import org.polymetric.kernel.storage.Storage;

/**
 * A game's values of each dimension and their ids. Ids are handed out by {@link ValueRows} and
 * never change, so they are kept in memory (a batch of known values costs no statement), and a
 * memory of one instance is right for every instance. The memory is bounded by weight (the
 * characters held: a page may be 2 048). A game keeps at most {@value #MOST_VALUES} values per
 * dimension: beyond, a new value counts under {@value #OTHER}, so a client sending a fresh page
 * URL per view cannot grow the tables without end.
 */
@ApplicationScoped
public class ValueIds implements DimensionValues {
    /** A game's values of one dimension at most (beside {@value #OTHER}). */
    public static final int MOST_VALUES = 100_000;
    /** The value new values count under once a game has {@value #MOST_VALUES} of a dimension. */
    public static final String OTHER = "(other)";
    /** Some 40 MB of characters at most. */
    static final long MAX_WEIGHT = 20_000_000;
    private static final int ENTRY_WEIGHT = 48;
    private static final int ATTEMPTS = 3;
    private static final Dimension[] DIMENSIONS = Dimension.values();

    private record Key(long gameId, Dimension dimension, String value) {
    }

    private record Group(long gameId, Dimension dimension) {
    }

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    @Inject
    ValueRows rows;

    private final Cache<Key, Integer> known = Caffeine.newBuilder().maximumWeight(MAX_WEIGHT)
            .<Key, Integer>weigher((k, v) -> ENTRY_WEIGHT + k.value().length()).build();

    /** The six value ids of each beacon (in the order of {@link Dimension}), adding the values not stored yet. */
    public int[][] of(List<Beacon> beacons) {
        // the batch's own copy: what the memory drops meanwhile is still at hand here
        Map<Key, Integer> batch = new HashMap<>();
        Map<Group, Set<String>> missing = new LinkedHashMap<>();
        for (Beacon b : beacons) {
            for (Dimension d : DIMENSIONS) {
                String v = value(b, d);
                if (!v.isEmpty()) {
                    Key k = new Key(b.gameId(), d, v);
                    if (!batch.containsKey(k)) {
                        Integer id = known.getIfPresent(k);
                        if (id != null) {
                            batch.put(k, id);
                        } else {
                            missing.computeIfAbsent(new Group(b.gameId(), d), g -> new LinkedHashSet<>()).add(v);
                        }
                    }
                }
            }
        }
        missing.forEach((g, values) -> assign(g, values).forEach((v, id) -> {
            Key k = new Key(g.gameId(), g.dimension(), v);
            batch.put(k, id);
            known.put(k, id);
        }));
        int[][] ids = new int[beacons.size()][];
        for (int i = 0; i < ids.length; i++) {
            Beacon b = beacons.get(i);
            int[] six = new int[DIMENSIONS.length];
            for (Dimension d : DIMENSIONS) {
                String v = value(b, d);
                six[d.ordinal()] = v.isEmpty() ? 0 : batch.get(new Key(b.gameId(), d, v));
            }
            ids[i] = six;
        }
        return ids;
    }

    private Map<String, Integer> assign(Group g, Set<String> values) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rows.assign(g.gameId(), g.dimension(), values, MOST_VALUES, OTHER);
            } catch (ValueRows.ValueFailure e) {
                if (!e.lockConflict() || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** A beacon's value of a dimension, as given ({@code ""}: none). */
    static String value(Beacon b, Dimension d) {
        return switch (d) {
            case BROWSER -> b.browser();
            case COUNTRY -> b.countryCode();
            case CITY -> b.city();
            case ISP -> b.isp();
            case OS -> b.os();
            case PAGE -> b.page();
        };
    }

    /** Read from the table, not the memory: the memory also maps values past the limit to {@value #OTHER}'s id. */
    @Override
    public Map<String, Integer> ids(long gameId, Dimension dimension, Collection<String> values) throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> stored = new ArrayList<>();
        for (String v : values) {
            if (v.isEmpty()) {
                ids.put(v, 0);
            } else {
                stored.add(v);
            }
        }
        if (!stored.isEmpty()) {
            try (Connection c = dataSource.getConnection()) {
                ids.putAll(ValueRows.read(c, gameId, dimension, stored));
            }
        }
        return ids;
    }

    @Override
    public Map<Integer, String> values(long gameId, Dimension dimension, Collection<Integer> ids) throws SQLException {
        Map<Integer, String> values = new HashMap<>();
        List<Integer> stored = new ArrayList<>();
        for (int id : Set.copyOf(ids)) {
            if (id == 0) {
                values.put(0, "");
            } else {
                stored.add(id);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < stored.size(); from += ValueRows.VALUES_PER_STATEMENT) {
                List<Integer> chunk = stored.subList(from, Math.min(stored.size(), from + ValueRows.VALUES_PER_STATEMENT));
                try (PreparedStatement s = c.prepareStatement("SELECT id, value FROM " + Tables.VALUE + " WHERE game_id = ? AND dimension = ?"
                        + " AND id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    s.setLong(1, gameId);
                    s.setInt(2, dimension.ordinal());
                    int i = 3;
                    for (int id : chunk) {
                        s.setInt(i++, id);
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            values.put(r.getInt(1), r.getString(2));
                        }
                    }
                }
            }
        }
        return values;
    }

    @Override
    public List<String> suggestions(long gameId, Dimension dimension, String prefix, int limit) throws SQLException {
        List<String> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT value FROM " + Tables.VALUE
                + " WHERE game_id = ? AND dimension = ? AND value LIKE ? ESCAPE '!' ORDER BY value LIMIT ?")) {
            s.setLong(1, gameId);
            s.setInt(2, dimension.ordinal());
            s.setString(3, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            s.setInt(4, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
