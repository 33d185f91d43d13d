package org.polymetric.counters.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.polymetric.kernel.storage.Storage;

/**
 * Series ids by key. Series are only ever added, so an id once known is kept in memory: a write
 * of known series costs no lookup. New series are inserted (in key order, ignoring ones another
 * request added meanwhile) and read back, outside the write's transaction.
 * The memory holds at most {@value #KEPT} ids ({@link KnownSeries}; keys are bounded by the
 * line protocol's 128-character tags).
 */
@ApplicationScoped
public class SeriesDirectory {
    private static final int PER_STATEMENT = 500;
    static final int KEPT = 100_000;
    private static final String COLUMNS = "owner_type, owner_id, counter, region, cloud, cluster";

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private final KnownSeries known = new KnownSeries(KEPT);

    /** The ids of the keys; with {@code create}, missing series are added, else left out of the answer. */
    public Map<SeriesKey, Long> ids(Collection<SeriesKey> keys, boolean create) {
        Map<SeriesKey, Long> out = new HashMap<>();
        TreeSet<SeriesKey> unknown = new TreeSet<>();
        for (SeriesKey k : keys) {
            if (!out.containsKey(k)) {
                Long id = known.id(k);
                if (id != null) {
                    out.put(k, id);
                } else {
                    unknown.add(k);
                }
            }
        }
        if (unknown.isEmpty()) {
            return out;
        }
        // only new series are sorted: inserts in key order never wait on each other crosswise
        List<SeriesKey> missing = new ArrayList<>(unknown);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < missing.size(); from += PER_STATEMENT) {
                List<SeriesKey> chunk = missing.subList(from, Math.min(missing.size(), from + PER_STATEMENT));
                if (create) {
                    run(c, "INSERT IGNORE INTO counters_series (" + COLUMNS + ") VALUES " + tuples(chunk.size()), chunk, null);
                }
                run(c, "SELECT id, " + COLUMNS + " FROM counters_series WHERE (" + COLUMNS + ") IN (" + tuples(chunk.size())
                        + ")", chunk, r -> {
                    SeriesKey k = new SeriesKey(r.getString(2).charAt(0), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7));
                    known.keep(k, r.getLong(1));
                    out.put(k, r.getLong(1));
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + missing.size() + " series", e);
        }
        return out;
    }

    /** The ids of all series. */
    public List<Long> allIds() {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id FROM counters_series");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing series", e);
        }
        return out;
    }

    /** Every series of one owner (a game's or a license's), with its id. */
    public Map<SeriesKey, Long> ofOwner(char ownerType, long ownerId) {
        Map<SeriesKey, Long> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, " + COLUMNS + " FROM counters_series WHERE owner_type = ? AND owner_id = ?")) {
            s.setString(1, String.valueOf(ownerType));
            s.setLong(2, ownerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(new SeriesKey(r.getString(2).charAt(0), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7)), r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the series of " + ownerType + ownerId, e);
        }
        return out;
    }

    /**
     * The series of one counter of many owners (an organization's games), in one read on the
     * key's prefix: series id → owner id, every region, cloud and cluster included.
     */
    public Map<Long, Long> ofOwners(char ownerType, Collection<Long> ownerIds, String counter) {
        Map<Long, Long> out = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, owner_id FROM counters_series WHERE owner_type = ? AND owner_id IN ("
                        + String.join(",", Collections.nCopies(ownerIds.size(), "?")) + ") AND counter = ?")) {
            int i = 1;
            s.setString(i++, String.valueOf(ownerType));
            for (long id : ownerIds) {
                s.setLong(i++, id);
            }
            s.setString(i, counter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the " + counter + " series of " + ownerIds.size() + " owners", e);
        }
        return out;
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private static void run(Connection c, String sql, List<SeriesKey> keys, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (SeriesKey k : keys) {
                s.setString(i++, String.valueOf(k.ownerType()));
                s.setLong(i++, k.ownerId());
                s.setString(i++, k.counter());
                s.setString(i++, k.region());
                s.setString(i++, k.cloud());
                s.setString(i++, k.cluster());
            }
            if (reader == null) {
                s.executeUpdate();
                return;
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    private static String tuples(int n) {
        return String.join(",", Collections.nCopies(n, "(?,?,?,?,?,?)"));
    }
}
