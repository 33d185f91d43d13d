package org.polymetric.portal.streamstats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.TestDatabase;

/**
 * Rows of the streamstats tables written straight into the database exactly as the storage
 * contract (sql/streamstats/V1, V2) defines them, for the API's tests: scopes, rollup sums and
 * device hour and day rows (day rows as the writer and the fold share them), from readable arguments.
 */
final class StreamstatsRows {
    static final long FIVE_SECONDS = 5_000L;
    static final long FIVE_MINUTES = 300_000L;
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;
    /** The five rollup levels' lengths in seconds, as the {@code level} column holds them. */
    static final int[] LEVELS = {5, 60, 300, 3600, 86400};

    /** The four scopes a rendition's beacons add to (game, channel, stream, rendition). */
    record Rendition(long game, long channel, long stream, long rendition) {
        List<Long> scopes() {
            return List.of(game, channel, stream, rendition);
        }
    }

    private final long gameId;

    /**
     * Waits (up to 5 s) until the rollup journal is empty: the batch writer journals a batch's
     * rollups and the folder beside it adds them to {@code streamstats_rollup} a moment later, so
     * a test that reads that table straight after posting waits for the folder first.
     */
    static void journalFolded() {
        journalFolded(5);
    }

    /** As {@link #journalFolded()}, waiting up to {@code seconds}. */
    static void journalFolded(int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup_journal") > 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the streamstats rollup journal was not folded within " + seconds + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for the rollup journal", e);
            }
        }
    }

    /** A new game, alone in a new organization. */
    static long newGame(String title) {
        return Fixtures.game(Fixtures.studio(Fixtures.organization(Fixtures.unique("Stats " + title)), "Video"), title);
    }

    StreamstatsRows(long gameId) {
        this.gameId = gameId;
    }

    /** The scopes of a rendition, made when missing; the stream's URI is the latest given. */
    Rendition rendition(String channel, String stream, String uri, String bitrate, String representation) {
        return new Rendition(scope('g', "", "", "", "", ""), scope('c', channel, "", "", "", ""),
                scope('s', channel, stream, "", "", uri), scope('r', channel, stream, bitrate, representation, uri));
    }

    private long scope(char kind, String channel, String stream, String bitrate, String representation, String uri) {
        Fixtures.execute("INSERT INTO streamstats_scope (game_id, kind, channel_id, stream_id, bitrate, representation_id, stream_uri) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE stream_uri = VALUES(stream_uri)",
                gameId, String.valueOf(kind), channel, stream, bitrate, representation, uri);
        return Long.parseLong(Fixtures.text("SELECT id FROM streamstats_scope WHERE game_id = ? AND kind = ? AND channel_id = ? "
                + "AND stream_id = ? AND bitrate = ? AND representation_id = ?", gameId, String.valueOf(kind), channel, stream,
                bitrate, representation));
    }

    /**
     * Adds figures (column, value pairs of {@code streamstats_rollup}) of beacons lying inside the
     * 5 seconds from {@code atMs} to the bucket holding them at every level, in all four scopes.
     */
    void rollup(Rendition r, long atMs, Object... columnsAndValues) {
        for (int level : LEVELS) {
            rollupAt(r, level, atMs, columnsAndValues);
        }
    }

    /** Adds figures to the bucket of one {@code level} (seconds) holding {@code atMs}, in all four scopes. */
    void rollupAt(Rendition r, int level, long atMs, Object... columnsAndValues) {
        Map<String, Object> figures = pairs(columnsAndValues);
        long bucket = Math.floorDiv(atMs, level * 1000L) * level * 1000L;
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        StringJoiner adds = new StringJoiner(", ");
        figures.keySet().forEach(c -> {
            columns.add(c);
            marks.add("?");
            adds.add(c + " = " + c + " + VALUES(" + c + ")");
        });
        for (long scope : r.scopes()) {
            Object[] args = new Object[4 + figures.size()];
            args[0] = gameId;
            args[1] = level;
            args[2] = bucket;
            args[3] = scope;
            int i = 4;
            for (Object v : figures.values()) {
                args[i++] = v;
            }
            Fixtures.execute("INSERT INTO streamstats_rollup (game_id, level, bucket, scope_id, " + columns + ") VALUES (?, ?, ?, ?, "
                    + marks + ") ON DUPLICATE KEY UPDATE " + adds, args);
        }
    }

    /**
     * A device's beacon inside the 5 seconds from {@code atMs} in a rendition, written as the
     * beacon writer does: its hour row (seen, p2p, incompatible bits of that 5-second slot, played
     * into its 5-minute slot) while hour rows of that hour are kept, and its day row (the hour's
     * bits, played into the hour) only when the hour is folded or past the hour rows' retention
     * (else the fold adds it), merged as the contract says. One transaction, the hour's marker
     * read with a shared lock first, so a fold running meanwhile sees the row exactly once.
     */
    void device(Rendition r, String deviceId, long atMs, long playedMs, boolean p2p, boolean incompatible, String os,
                String platform, String connectionType) {
        long hour = Math.floorDiv(atMs, HOUR) * HOUR;
        int k = (int) ((atMs - hour) / FIVE_MINUTES);
        long bit = 1L << ((atMs - hour) % FIVE_MINUTES / FIVE_SECONDS);
        long day = Math.floorDiv(atMs, DAY) * DAY;
        int h = (int) ((atMs - day) / HOUR);
        boolean kept = hour + HOUR > System.currentTimeMillis() - 48 * HOUR;
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            boolean folded;
            try (PreparedStatement s = c.prepareStatement("SELECT hour FROM streamstats_folded_hour WHERE hour = ? LOCK IN SHARE MODE")) {
                s.setLong(1, hour);
                try (ResultSet rs = s.executeQuery()) {
                    folded = rs.next();
                }
            }
            if (kept) {
                execute(c, "INSERT INTO streamstats_device_hour (game_id, hour, scope_id, device_id, seen_" + k + ", p2p_" + k
                                + ", incompatible_" + k + ", played_" + k + ", os, platform, connection_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON DUPLICATE KEY UPDATE " + merge("seen_" + k, "p2p_" + k, "incompatible_" + k, "played_" + k),
                        gameId, hour, r.rendition(), deviceId, bit, p2p ? bit : 0L, incompatible ? bit : 0L, playedMs, os, platform,
                        connectionType);
            }
            if (folded || !kept) {
                execute(c, "INSERT INTO streamstats_device_day (game_id, day, scope_id, device_id, seen, p2p, incompatible, played_" + h
                                + ", os, platform, connection_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON DUPLICATE KEY UPDATE " + merge("seen", "p2p", "incompatible", "played_" + h),
                        gameId, day, r.rendition(), deviceId, 1L << h, p2p ? 1L << h : 0L, incompatible ? 1L << h : 0L, playedMs, os,
                        platform, connectionType);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("writing a device row", e);
        }
    }

    private static void execute(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static String merge(String seen, String p2p, String incompatible, String played) {
        StringJoiner j = new StringJoiner(", ");
        for (String mask : new String[]{seen, p2p, incompatible}) {
            j.add(mask + " = " + mask + " | VALUES(" + mask + ")");
        }
        j.add(played + " = " + played + " + VALUES(" + played + ")");
        for (String value : new String[]{"os", "platform", "connection_type"}) {
            j.add(value + " = VALUES(" + value + ")");
        }
        return j.toString();
    }

    private static Map<String, Object> pairs(Object... columnsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            m.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }

    /** The start of the 5 seconds in the middle of the window {@code time} has at {@code nowMs}: safe from the window's moving during a test. */
    static long middle(String time, long nowMs) {
        long[] spacingAndPoints = switch (time) {
            case "live" -> new long[]{5_000, 1};
            case "10m" -> new long[]{5_000, 120};
            case "1h" -> new long[]{60_000, 60};
            case "24h" -> new long[]{300_000, 288};
            case "1w" -> new long[]{3_600_000, 168};
            default -> new long[]{21_600_000, 120};
        };
        long end = Math.floorDiv(nowMs, spacingAndPoints[0]) * spacingAndPoints[0];
        long start = end - spacingAndPoints[0] * spacingAndPoints[1];
        return Math.floorDiv((start + end) / 2, FIVE_SECONDS) * FIVE_SECONDS;
    }

    /**
     * The start of a {@code live} window a few seconds ahead: rows written there, then
     * {@link #awaitLive} until it is the last complete 5 seconds, are what {@code live} answers.
     */
    static long liveAhead() {
        return Math.floorDiv(System.currentTimeMillis(), FIVE_SECONDS) * FIVE_SECONDS + 2 * FIVE_SECONDS;
    }

    /** Waits until the 5 seconds from {@code startMs} are the {@code live} window, and fails if they already went by. */
    static void awaitLive(long startMs) {
        long now;
        while ((now = System.currentTimeMillis()) < startMs + FIVE_SECONDS + 20) {
            try {
                Thread.sleep(Math.min(200, startMs + FIVE_SECONDS + 20 - now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (now >= startMs + 2 * FIVE_SECONDS - 1_500) {
            throw new IllegalStateException("writing the rows took too long: the live window went by");
        }
    }
}
