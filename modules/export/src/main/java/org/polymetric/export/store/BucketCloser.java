package org.polymetric.export.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import javax.sql.DataSource;
import org.polymetric.export.domain.BatchRollup.Bucket;
import org.polymetric.export.domain.Projection;
import org.polymetric.export.domain.Tier;
import org.polymetric.kernel.storage.Storage;

/**
 * Closes buckets: once a bucket ended {@link Bucket#CLOSE_DELAY_MS} ago, derives its projections
 * from its full rows and marks it closed, in one transaction per bucket: the marker first
 * ({@code UPDATE ... AND NOT closed}: its row lock makes a writer's locking read of the bucket wait
 * for this commit, and a second closer, on another instance, finds it closed and does nothing),
 * then per projection one {@code INSERT ... SELECT ... GROUP BY} along the full rows' key prefix
 * {@code (game_id, bucket)}, then commit. A crash rolls back marker and rows together.
 *
 * <p>Which buckets: the writer hands over the buckets its batches left open ({@link #opened}),
 * kept here in the order they fall due; new buckets that are already due are born closed by the
 * writer, so only fresh buckets wait here. On its first run, and every {@link #RESCAN_MS} after,
 * the closer also reads the open buckets of every game from the table (those of an instance that
 * stopped before closing them). A run closes at most {@value #BUCKETS_PER_RUN} buckets, oldest
 * first: a portal back after a long stop catches up over a few runs.
 *
 * <p>Plain JDBC on the portal's datasource: it runs on the container's scheduled executor, where
 * no JTA transaction is active, so the connection's own commit and rollback hold.
 */
@ApplicationScoped
public class BucketCloser {
    public static final int BUCKETS_PER_RUN = 64;
    static final long RESCAN_MS = 3_600_000;
    private static final int GAMES_PER_READ = 1_000;
    private static final Comparator<Bucket> DUE_ORDER = Comparator.<Bucket>comparingLong(b -> b.bucket() + b.tier().bucketMs())
            .thenComparing(Bucket.ORDER);
    private static final Map<Tier, List<String>> DERIVE = derive();

    @Resource(lookup = Storage.DATASOURCE)
    DataSource dataSource;

    private final ConcurrentSkipListSet<Bucket> open = new ConcurrentSkipListSet<>(DUE_ORDER);
    private volatile long rescanAtMs = Long.MIN_VALUE;

    /** Buckets a batch left open: they are closed once due. */
    public void opened(Collection<Bucket> buckets) {
        open.addAll(buckets);
    }

    /** Closes up to {@value #BUCKETS_PER_RUN} due buckets; returns how many this call closed. */
    public int run(long nowMs) {
        try (Connection c = dataSource.getConnection()) {
            if (nowMs >= rescanAtMs) {
                open.addAll(stillOpen(c, nowMs));
                rescanAtMs = nowMs + RESCAN_MS;
            }
            int closed = 0;
            int tried = 0;
            for (Iterator<Bucket> it = open.iterator(); it.hasNext() && tried < BUCKETS_PER_RUN; ) {
                Bucket b = it.next();
                if (!b.due(nowMs)) {
                    break;
                }
                tried++;
                if (close(c, b)) {
                    closed++;
                }
                it.remove();
            }
            return closed;
        } catch (SQLException e) {
            throw new IllegalStateException("closing export buckets", e);
        }
    }

    /** The open buckets of every game whose rows are still kept. */
    private static List<Bucket> stillOpen(Connection c, long nowMs) throws SQLException {
        List<Long> games = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT game_id FROM " + Tables.BUCKET); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                games.add(r.getLong(1));
            }
        }
        List<Bucket> open = new ArrayList<>();
        for (int from = 0; from < games.size(); from += GAMES_PER_READ) {
            List<Long> slice = games.subList(from, Math.min(games.size(), from + GAMES_PER_READ));
            for (Tier t : Tier.values()) {
                StringBuilder in = new StringBuilder();
                slice.forEach(g -> in.append(in.isEmpty() ? "?" : ",?"));
                try (PreparedStatement s = c.prepareStatement("SELECT game_id, bucket FROM " + Tables.BUCKET + " WHERE game_id IN (" + in
                        + ") AND tier = ? AND bucket >= ? AND NOT closed")) {
                    int i = 1;
                    for (long g : slice) {
                        s.setLong(i++, g);
                    }
                    s.setInt(i++, t.ordinal());
                    s.setLong(i, t.keptMs() == 0 ? Long.MIN_VALUE : nowMs - t.keptMs());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            open.add(new Bucket(r.getLong(1), t, r.getLong(2)));
                        }
                    }
                }
            }
        }
        return open;
    }

    /**
     * Closes one bucket unless it is closed already (by a writer that found it due and new, or
     * another closer) or gone (purged).
     *
     * @return whether this call closed it
     */
    static boolean close(Connection c, Bucket b) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            boolean mine;
            try (PreparedStatement s = c.prepareStatement("UPDATE " + Tables.BUCKET
                    + " SET closed = TRUE WHERE game_id = ? AND tier = ? AND bucket = ? AND NOT closed")) {
                s.setLong(1, b.gameId());
                s.setInt(2, b.tier().ordinal());
                s.setLong(3, b.bucket());
                mine = s.executeUpdate() == 1;
            }
            if (mine) {
                for (String derive : DERIVE.get(b.tier())) {
                    try (PreparedStatement s = c.prepareStatement(derive)) {
                        s.setLong(1, b.gameId());
                        s.setLong(2, b.bucket());
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
            return mine;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Per tier, per projection: the bucket's full rows grouped by the projection's values, added to its rows. */
    private static Map<Tier, List<String>> derive() {
        Map<Tier, List<String>> all = new EnumMap<>(Tier.class);
        StringBuilder sums = new StringBuilder();
        for (String col : Tables.SUM_COLUMNS) {
            sums.append(", SUM(").append(col).append(')');
        }
        for (Tier t : Tier.values()) {
            List<String> statements = new ArrayList<>();
            for (Projection p : Projection.all()) {
                String a = p.dimensions().isEmpty() ? "0" : Tables.column(p.dimensions().get(0));
                String b = p.dimensions().size() < 2 ? "0" : Tables.column(p.dimensions().get(1));
                // GROUP BY game_id as well: an empty bucket groups into no row, even for the empty set
                statements.add("INSERT INTO " + Tables.cube(t) + " (game_id, projection, bucket, a, b, " + Tables.SUMS + ")"
                        + " SELECT game_id, " + p.id() + ", bucket, " + a + ", " + b + sums + " FROM " + Tables.full(t)
                        + " WHERE game_id = ? AND bucket = ? GROUP BY game_id, bucket, " + a + ", " + b
                        + " ON DUPLICATE KEY UPDATE " + Tables.addSums());
            }
            all.put(t, List.copyOf(statements));
        }
        return all;
    }
}
