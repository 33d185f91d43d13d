package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.polymetric.export.domain.Dimension;
import org.polymetric.export.domain.Projection;
import org.polymetric.export.domain.Sums;
import org.polymetric.export.domain.Tier;
import org.polymetric.export.store.RollupReader;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;

/**
 * The export storage through the real server: beacons posted to {@code POST /api/ingest/playback}
 * land in the full rows of the four tiers with their spread sums; once a bucket is closed its
 * projections are its full rows grouped, a late beacon counts exactly once in both; the purge
 * deletes only rows past their tier's retention; {@code store.RollupReader} reads projections for
 * closed buckets and full rows otherwise, with the same sums. The expected sums are worked out here
 * from the beacons (the spread's rule: {@code floor(amount × elapsed / length)} at each end).
 */
class ExportStorageIT extends PortalIT {
    private static final String PATH = "/api/ingest/playback";
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long DAY = 86_400_000;
    private static final String[] COLUMNS = {"browser", "country", "city", "isp", "os", "page"};

    /** A beacon as the test sends it: the six values (null: not sent), its interval's end and length, its amounts. */
    private record Sent(String browser, String country, String city, String isp, String os, String page, long end, long length,
                        long http, long p2p, long played, long rebuffered) {
        String json(String key, String device) {
            StringBuilder s = new StringBuilder("{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                    + ", \"interval_ms\": " + length + ", \"channel_id\": \"x\", \"stream_id\": \"s\", \"cdn_bytes\": " + http
                    + ", \"p2p_bytes\": " + p2p + ", \"played_ms\": " + played + ", \"rebuffered_ms\": " + rebuffered);
            field(s, "browser", browser);
            field(s, "country_code", country);
            field(s, "city", city);
            field(s, "isp", isp);
            field(s, "os", os);
            field(s, "page", page);
            return s.append('}').toString();
        }

        private static void field(StringBuilder s, String name, String value) {
            if (value != null) {
                s.append(", \"").append(name).append("\": \"").append(value).append('"');
            }
        }

        /** The values as stored: none is {@code ""}. */
        List<String> values() {
            return Arrays.stream(new String[]{browser, country, city, isp, os, page}).map(v -> v == null ? "" : v).toList();
        }

        /** What the beacon adds to each bucket of the tier. */
        Map<Long, long[]> shares(Tier tier) {
            Map<Long, long[]> out = new TreeMap<>();
            long start = end - length;
            for (long b = Math.floorDiv(start, tier.bucketMs()) * tier.bucketMs(); b < end; b += tier.bucketMs()) {
                long from = Math.max(b, start);
                long to = Math.min(b + tier.bucketMs(), end);
                out.put(b, new long[]{part(http, to) - part(http, from), part(p2p, to) - part(p2p, from),
                        part(played, to) - part(played, from), part(rebuffered, to) - part(rebuffered, from), to - from});
            }
            return out;
        }

        private long part(long amount, long t) {
            return amount * (t - (end - length)) / length;
        }
    }

    private record Game(long id, String key) {
        static Game create(String title) {
            long id = Fixtures.game(Fixtures.studio(Fixtures.organization(Fixtures.unique("Export " + title)), "Video"), title);
            return new Game(id, Fixtures.text("SELECT game_key FROM game WHERE id = ?", id));
        }
    }

    private void posted(Game g, Sent... beacons) {
        List<String> json = new ArrayList<>();
        for (int i = 0; i < beacons.length; i++) {
            json.add(beacons[i].json(g.key(), "d" + i));
        }
        HttpResponse<String> answer = client().postBytes(PATH, "application/json",
                ("[" + String.join(", ", json) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, answer.statusCode(), answer.body());
    }

    /** The full rows the beacons make in the tier: "bucket|browser|…|page" (values as text) → the five sums. */
    private static Map<String, List<Long>> expected(Tier tier, Sent... beacons) {
        Map<String, List<Long>> rows = new TreeMap<>();
        for (Sent s : beacons) {
            s.shares(tier).forEach((bucket, v) -> rows.merge(bucket + "|" + String.join("|", s.values()),
                    Arrays.stream(v).boxed().toList(), ExportStorageIT::plus));
        }
        return rows;
    }

    private static List<Long> plus(List<Long> x, List<Long> y) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            out.add(x.get(i) + y.get(i));
        }
        return out;
    }

    /** The game's full rows of the tier, values as text. */
    private static Map<String, List<Long>> fullRows(long gameId, Tier tier) throws SQLException {
        StringBuilder select = new StringBuilder("SELECT r.bucket");
        StringBuilder joins = new StringBuilder();
        for (int d = 0; d < COLUMNS.length; d++) {
            select.append(", COALESCE(v").append(d).append(".value, '')");
            joins.append(" LEFT JOIN export_value v").append(d).append(" ON v").append(d).append(".id = r.").append(COLUMNS[d]);
        }
        select.append(", r.http, r.p2p, r.played, r.rebuffered, r.session_ms FROM ").append(table(tier)).append(" r").append(joins)
                .append(" WHERE r.game_id = ?");
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(select.toString())) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> key = new ArrayList<>();
                    key.add(Long.toString(r.getLong(1)));
                    for (int d = 0; d < 6; d++) {
                        key.add(r.getString(2 + d));
                    }
                    List<Long> sums = new ArrayList<>();
                    for (int k = 0; k < 5; k++) {
                        sums.add(r.getLong(8 + k));
                    }
                    rows.put(String.join("|", key), sums);
                }
            }
        }
        return rows;
    }

    private static String table(Tier tier) {
        return switch (tier) {
            case MINUTE -> "export_minute";
            case TEN_MINUTES -> "export_ten_minute";
            case HOUR -> "export_hour";
            case DAY -> "export_day";
        };
    }

    /** The game's rows of the tier's projections: "projection|bucket|a|b" (ids) → sums. */
    private static Map<String, List<Long>> cubeRows(long gameId, Tier tier) throws SQLException {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT projection, bucket, a, b, http, p2p,"
                + " played, rebuffered, session_ms FROM " + table(tier) + "_cube WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getInt(1) + "|" + r.getLong(2) + "|" + r.getLong(3) + "|" + r.getLong(4),
                            List.of(r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
                }
            }
        }
        return rows;
    }

    /** The projections the game's full rows of the tier make, worked out here: every full row added to each of the 22 sets. */
    private static Map<String, List<Long>> groupedFullRows(long gameId, Tier tier) throws SQLException {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT bucket, "
                + String.join(", ", COLUMNS) + ", http, p2p, played, rebuffered, session_ms FROM " + table(tier) + " WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] ids = new long[6];
                    for (int d = 0; d < 6; d++) {
                        ids[d] = r.getLong(2 + d);
                    }
                    List<Long> sums = List.of(r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11), r.getLong(12));
                    for (Projection p : Projection.all()) {
                        List<Dimension> d = p.dimensions();
                        long a = d.isEmpty() ? 0 : ids[d.get(0).ordinal()];
                        long b = d.size() < 2 ? 0 : ids[d.get(1).ordinal()];
                        rows.merge(p.id() + "|" + r.getLong(1) + "|" + a + "|" + b, sums, ExportStorageIT::plus);
                    }
                }
            }
        }
        return rows;
    }

    private static long openBuckets(long gameId) {
        return Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ? AND NOT closed", gameId);
    }

    @Test
    void beaconsLandInTheFullRowsOfEveryTierWithTheirSpreadSums() throws Exception {
        Game g = Game.create("Full rows");
        long now = System.currentTimeMillis();
        long m0 = now - now % MINUTE - 3 * MINUTE;
        Sent[] beacons = {
                // 5 s in m0, 5 s in m1, with amounts that do not divide evenly
                new Sent("Chrome", "FR", "Paris", "Orange", "Linux", "https://e.test/a", m0 + 65_000, 10_000, 1_001, 7, 9_999, 3),
                // no country, city, ISP nor page: id 0
                new Sent("Firefox", null, null, null, "Windows", null, m0 + 100_000, 20_000, 20_000, 0, 20_000, 0),
                // same values as the first: merges into its rows
                new Sent("Chrome", "FR", "Paris", "Orange", "Linux", "https://e.test/a", m0 + 90_000, 5_000, 500, 500, 5_000, 0),
                // a 5-minute beacon over six minutes
                new Sent("Chrome", "DE", "", "", "Mac", "https://e.test/b", m0 + 150_000, 300_000, 999_999_937L, 11, 300_000, 1_234)};
        posted(g, beacons);
        for (Tier t : Tier.values()) {
            assertEquals(expected(t, beacons), fullRows(g.id(), t), t.name());
        }
        Sums total = new Sums(1_001 + 20_000 + 500 + 999_999_937L, 7 + 500 + 11, 9_999 + 20_000 + 5_000 + 300_000, 3 + 1_234,
                10_000 + 20_000 + 5_000 + 300_000);
        for (Tier t : Tier.values()) {
            List<Long> sum = fullRows(g.id(), t).values().stream().reduce(List.of(0L, 0L, 0L, 0L, 0L), ExportStorageIT::plus);
            assertEquals(List.of(total.http(), total.p2p(), total.played(), total.rebuffered(), total.sessionMs()), sum, t.name());
        }
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_value WHERE game_id = ? AND value = ''", g.id()), "no value is id 0");
        assertEquals(2, Fixtures.count("SELECT COUNT(*) FROM export_value WHERE game_id = ? AND dimension = ?", g.id(),
                Dimension.PAGE.ordinal()));
        // fresh buckets are open: their projections wait for the closer, the reader takes the full rows
        assertTrue(openBuckets(g.id()) > 0);
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM export_minute_cube WHERE game_id = ? AND bucket >= ?", g.id(), m0 + 2 * MINUTE));
        assertReadsAsTheFullRows(g.id(), Tier.MINUTE, m0 - 10 * MINUTE, m0 + 10 * MINUTE);
    }

    @Test
    void closedBucketsProjectionsAreTheirFullRowsGroupedAndALateBeaconCountsOnce() throws Exception {
        Game g = Game.create("Close");
        // a day ago: every tier's bucket of these beacons is due to close
        long now = System.currentTimeMillis();
        long h = now - now % HOUR - 26 * HOUR;
        Sent[] beacons = {
                new Sent("Chrome", "FR", "Paris", "Orange", "Linux", "/a", h + 10 * MINUTE + 5_000, 10_000, 1_000, 100, 10_000, 0),
                new Sent("Chrome", "FR", "Lyon", "Free", "Linux", "/b", h + 10 * MINUTE + 30_000, 60_000, 6_001, 0, 60_000, 7),
                new Sent("Safari", "US", "", "", "Mac", "/a", h + 13 * MINUTE, 300_000, 3_000, 3_000, 290_000, 10_000),
                new Sent("Other", null, "", "", "Android", "", h + 9 * MINUTE, 30_000, 0, 0, 0, 0)};
        List<long[]> buckets = new ArrayList<>();
        for (Tier t : Tier.values()) {
            for (Sent s : beacons) {
                for (long b : s.shares(t).keySet()) {
                    buckets.add(new long[]{t.ordinal(), b});
                }
            }
        }
        // the buckets as a writer opens them while they are fresh (new buckets already due would be born closed)
        for (long[] b : buckets) {
            Fixtures.execute("INSERT IGNORE INTO export_bucket (game_id, tier, bucket, closed) VALUES (?, ?, ?, FALSE)", g.id(), b[0], b[1]);
        }
        posted(g, beacons);
        for (Tier t : Tier.values()) {
            assertEquals(expected(t, beacons), fullRows(g.id(), t), t.name());
        }
        // the closer may take them any moment now (or, on its first scan, have taken them before the batch)
        assertOpenBucketsHaveNoProjectionRows(g.id());
        assertReadsAsTheFullRows(g.id(), Tier.MINUTE, h, h + HOUR);
        awaitClosed(g.id());
        for (Tier t : Tier.values()) {
            assertFalse(cubeRows(g.id(), t).isEmpty(), t.name());
            assertEquals(groupedFullRows(g.id(), t), cubeRows(g.id(), t), "projections = the full rows grouped: " + t);
        }
        assertReadsAsTheFullRows(g.id(), Tier.MINUTE, h, h + HOUR);
        assertReadsAsTheFullRows(g.id(), Tier.DAY, h - h % DAY, h - h % DAY + DAY);

        // a late beacon of the closed buckets, and one of a new bucket that is due already (born closed)
        Sent late = new Sent("Chrome", "FR", "Paris", "Orange", "Linux", "/a", h + 10 * MINUTE + 20_000, 20_000, 2_000, 0, 20_000, 0);
        Sent later = new Sent("Edge", "FR", "Paris", "Orange", "Windows", "/c", h + 2 * HOUR + 1_000, 2_000, 1, 2, 3, 4);
        posted(g, late, later);
        Sent[] all = {beacons[0], beacons[1], beacons[2], beacons[3], late, later};
        assertEquals(0, openBuckets(g.id()));
        for (Tier t : Tier.values()) {
            assertEquals(expected(t, all), fullRows(g.id(), t), "full rows count the late beacons once: " + t);
            assertEquals(groupedFullRows(g.id(), t), cubeRows(g.id(), t), "projection rows count them once: " + t);
        }
        assertReadsAsTheFullRows(g.id(), Tier.HOUR, h, h + 3 * HOUR);
        Thread.sleep(3_000);
        for (Tier t : Tier.values()) {
            assertEquals(groupedFullRows(g.id(), t), cubeRows(g.id(), t), "later closer runs change nothing: " + t);
        }
    }

    /**
     * In one snapshot: no open bucket of the game has projection rows. The closer marks a bucket
     * closed and adds its projections in one commit, so a snapshot sees both or neither; this
     * holds no lock that the closer or a writer could wait on.
     */
    private static void assertOpenBucketsHaveNoProjectionRows(long gameId) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("START TRANSACTION WITH CONSISTENT SNAPSHOT")) {
                s.execute();
            }
            List<String> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT tier, bucket FROM export_bucket WHERE game_id = ? AND NOT closed")) {
                s.setLong(1, gameId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        open.add(Tier.values()[r.getInt(1)] + "@" + r.getLong(2));
                    }
                }
            }
            List<String> projected = new ArrayList<>();
            for (Tier t : Tier.values()) {
                try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT bucket FROM " + table(t) + "_cube WHERE game_id = ?")) {
                    s.setLong(1, gameId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            projected.add(t + "@" + r.getLong(1));
                        }
                    }
                }
            }
            c.commit();
            open.retainAll(projected);
            assertEquals(List.of(), open, "open buckets with projection rows");
        }
    }

    private static void awaitClosed(long gameId) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (openBuckets(gameId) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, openBuckets(gameId), "the buckets were not closed");
    }

    /**
     * The reader's sums for a range, with every set of dimensions and filters that reads a
     * projection (when closed) and one that reads the full rows, equal the full rows' sums
     * worked out here.
     */
    private static void assertReadsAsTheFullRows(long gameId, Tier tier, long from, long to) throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource(TestDatabase.target().url());
        ds.setUser(TestDatabase.target().user());
        ds.setPassword(TestDatabase.target().password());
        RollupReader reader = new RollupReader(ds);
        Map<List<Long>, long[]> rows = new HashMap<>();
        List<long[]> all = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT bucket, " + String.join(", ", COLUMNS)
                + ", http, p2p, played, rebuffered, session_ms FROM " + table(tier) + " WHERE game_id = ? AND bucket >= ? AND bucket < ?")) {
            s.setLong(1, gameId);
            s.setLong(2, from);
            s.setLong(3, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] row = new long[12];
                    for (int i = 0; i < 12; i++) {
                        row[i] = r.getLong(i + 1);
                    }
                    all.add(row);
                }
            }
        }
        assertFalse(all.isEmpty());
        int osId = (int) all.get(0)[1 + Dimension.OS.ordinal()];
        List<List<Dimension>> asks = List.of(List.of(), List.of(Dimension.OS), List.of(Dimension.PAGE, Dimension.BROWSER),
                List.of(Dimension.CITY, Dimension.COUNTRY));
        for (List<Dimension> dims : asks) {
            for (boolean filtered : new boolean[]{false, true}) {
                Map<Dimension, int[]> filters = filtered ? Map.of(Dimension.OS, new int[]{osId}) : Map.of();
                EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
                set.addAll(dims);
                set.addAll(filters.keySet());
                Map<String, List<Long>> want = new TreeMap<>();
                for (long[] row : all) {
                    if (filtered && row[1 + Dimension.OS.ordinal()] != osId) {
                        continue;
                    }
                    StringBuilder key = new StringBuilder(Long.toString(row[0]));
                    dims.forEach(d -> key.append('|').append(row[1 + d.ordinal()]));
                    want.merge(key.toString(), List.of(row[7], row[8], row[9], row[10], row[11]), ExportStorageIT::plus);
                }
                Map<String, List<Long>> got = new TreeMap<>();
                long[] last = {Long.MIN_VALUE};
                reader.read(gameId, tier, from, to, dims, filters, (bucket, ids, sums) -> {
                    assertTrue(bucket >= last[0], "in bucket order");
                    last[0] = bucket;
                    StringBuilder key = new StringBuilder(Long.toString(bucket));
                    for (int id : ids) {
                        key.append('|').append(id);
                    }
                    got.merge(key.toString(), List.of(sums.http(), sums.p2p(), sums.played(), sums.rebuffered(), sums.sessionMs()),
                            ExportStorageIT::plus);
                });
                assertEquals(want, got, tier + " by " + dims + (filtered ? " where os = " + osId : "") + " (set of " + set.size() + ")");
            }
        }
        List<Object> none = new ArrayList<>();
        reader.read(gameId, tier, from, to, List.of(Dimension.OS), Map.of(Dimension.PAGE, new int[0]), (b, ids, sums) -> none.add(b));
        assertEquals(List.of(), none, "an empty filter matches nothing");
    }

    @Test
    void thePurgeDeletesOnlyRowsPastTheirTiersRetention() throws Exception {
        Game g = Game.create("Purge");
        long now = System.currentTimeMillis();
        Map<Tier, long[]> pastAndKept = new HashMap<>();
        pastAndKept.put(Tier.MINUTE, new long[]{now - 7 * DAY - HOUR - 2 * HOUR, now - 7 * DAY - HOUR + HOUR});
        pastAndKept.put(Tier.TEN_MINUTES, new long[]{now - 14 * DAY - HOUR - 2 * HOUR, now - 14 * DAY - HOUR + HOUR});
        pastAndKept.put(Tier.HOUR, new long[]{now - 15 * DAY - 2 * HOUR, now - 15 * DAY + 2 * HOUR});
        pastAndKept.put(Tier.DAY, new long[]{now - 400 * DAY, now - 400 * DAY});
        for (Tier t : Tier.values()) {
            for (long at : pastAndKept.get(t)) {
                long bucket = t.bucketOf(at);
                Fixtures.execute("INSERT IGNORE INTO export_bucket (game_id, tier, bucket, closed) VALUES (?, ?, ?, TRUE)", g.id(), t.ordinal(), bucket);
                Fixtures.execute("INSERT IGNORE INTO " + table(t) + " (game_id, bucket, browser, country, city, isp, os, page, http, p2p,"
                        + " played, rebuffered, session_ms) VALUES (?, ?, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1)", g.id(), bucket);
                Fixtures.execute("INSERT IGNORE INTO " + table(t) + "_cube (game_id, projection, bucket, a, b, http, p2p, played,"
                        + " rebuffered, session_ms) VALUES (?, 5, ?, 0, 0, 1, 1, 1, 1, 1)", g.id(), bucket);
            }
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ?", g.id()) > 4 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        for (Tier t : Tier.values()) {
            long past = t.bucketOf(pastAndKept.get(t)[0]);
            long kept = t.bucketOf(pastAndKept.get(t)[1]);
            long gone = t == Tier.DAY ? 1 : 0;
            for (String table : List.of(table(t), table(t) + "_cube")) {
                assertEquals(gone, Fixtures.count("SELECT COUNT(*) FROM " + table + " WHERE game_id = ? AND bucket = ?", g.id(), past), table + " past");
                assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM " + table + " WHERE game_id = ? AND bucket = ?", g.id(), kept), table + " kept");
            }
            assertEquals(gone, Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ? AND tier = ? AND bucket = ?", g.id(),
                    t.ordinal(), past));
            assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM export_bucket WHERE game_id = ? AND tier = ? AND bucket = ?", g.id(),
                    t.ordinal(), kept));
        }
    }
}
