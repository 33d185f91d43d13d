package org.polymetric.portal.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.polymetric.portal.TestDatabase;

/**
 * A big export made quickly: rows written straight into the storage's tables (see the storage
 * contract in {@code modules/export/README.md}), as the closer would leave them, instead of
 * hundreds of thousands of beacons; and whether an export's query is still running.
 */
final class LargeExport {
    /** {@code domain.Dimension.ordinal()} of browser.name and session.page. */
    private static final int BROWSER = 0;
    private static final int PAGE = 5;
    /** The projection of the two dimensions (browser, page): pairs numbered from 7 in the order (0,1), (0,2) … (0,5). */
    private static final int BROWSER_PAGE = 11;
    /** {@code domain.Tier.MINUTE.ordinal()}. */
    private static final int MINUTE_TIER = 0;

    private LargeExport() {
    }

    /**
     * {@code minutes} minute buckets from {@code fromMs}, each with one row per browser
     * {@code b001…} and page {@code p001…}: 1 000 bytes over HTTP, 10 peer to peer, a minute
     * played and a minute of beacon time (one session), as full rows and as the (browser, page)
     * projection. All are closed but the last: an export reads that one from the full rows
     * ({@code export_minute}), after the others.
     */
    static void seed(long game, long fromMs, int minutes, int browsers, int pages) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            values(c, game, BROWSER, "b", browsers);
            values(c, game, PAGE, "p", pages);
            String combinations = " FROM seq_0_to_" + (minutes - 1) + " s"
                    + " JOIN export_value b ON b.game_id = ? AND b.dimension = " + BROWSER
                    + " JOIN export_value p ON p.game_id = ? AND p.dimension = " + PAGE;
            update(c, "INSERT INTO export_minute (game_id, bucket, browser, country, city, isp, os, page, http, p2p, played,"
                    + " rebuffered, session_ms) SELECT ?, ? + s.seq * 60000, b.id, 0, 0, 0, 0, p.id, 1000, 10, 60000, 0, 60000"
                    + combinations, game, fromMs, game, game);
            update(c, "INSERT INTO export_minute_cube (game_id, projection, bucket, a, b, http, p2p, played, rebuffered, session_ms)"
                    + " SELECT ?, " + BROWSER_PAGE + ", ? + s.seq * 60000, b.id, p.id, 1000, 10, 60000, 0, 60000"
                    + combinations + " WHERE s.seq < " + (minutes - 1), game, fromMs, game, game);
            update(c, "INSERT INTO export_bucket (game_id, tier, bucket, closed) SELECT ?, " + MINUTE_TIER
                    + ", ? + seq * 60000, seq < " + (minutes - 1) + " FROM seq_0_to_" + (minutes - 1), game, fromMs);
        }
    }

    /**
     * Holds a write lock on the minute tier's full rows ({@code LOCK TABLES export_minute WRITE})
     * until closed: no one else can read a row of it, so an export whose last bucket is read from
     * it cannot make its last line before the lock goes.
     */
    static AutoCloseable lockFullMinutes() throws SQLException {
        Connection c = TestDatabase.connect();
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLES export_minute WRITE");
        }
        return () -> {
            try (Connection held = c; Statement s = held.createStatement()) {
                s.execute("UNLOCK TABLES");
            }
        };
    }

    /** Whether another connection waits for the lock of {@link #lockFullMinutes} within {@code waitMs}. */
    static boolean waitsForTheLock(long waitMs) throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + waitMs;
        try (Connection c = TestDatabase.connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                     + " WHERE ID <> CONNECTION_ID() AND STATE LIKE 'Waiting for table%lock' AND INFO LIKE 'SELECT%' AND INFO LIKE '%export\\_minute %'")) {
            while (System.currentTimeMillis() < until) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static void values(Connection c, long game, int dimension, String prefix, int count) throws SQLException {
        update(c, "INSERT INTO export_value (game_id, dimension, value, value_hash)"
                + " SELECT ?, ?, v, UNHEX(MD5(v)) FROM (SELECT CONCAT(?, LPAD(seq, 3, '0')) AS v FROM seq_1_to_" + count + ") n",
                game, dimension, prefix);
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
