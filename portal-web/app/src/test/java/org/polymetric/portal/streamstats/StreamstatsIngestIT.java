package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;

/**
 * Beacons posted to {@code /api/ingest/playback} land in streamstats' tables, exactly: the rollup
 * sums of every scope at every level kept, the device rows of the rendition per hour and per day,
 * merged across devices and requests; a refused request leaves nothing, a key writes to its
 * own game only, and the purge drops rows past their retention. Every expected figure is worked out here from the beacon by hand (1 byte and 1 ms
 * of play per millisecond of interval, so a bucket's share is its overlap in ms).
 */
class StreamstatsIngestIT extends PortalIT {
    private static final String PATH = "/api/ingest/playback";
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long DAY = 86_400_000;
    private static final long[] LEVELS = {5 * SECOND, MINUTE, 5 * MINUTE, HOUR, DAY};
    private static long studio;

    @BeforeAll
    static void fixtures() {
        studio = Fixtures.studio(Fixtures.organization(Fixtures.unique("streamstats")), "Broadcasts");
    }

    /** A new game: its id and key. */
    private record Game(long id, String key) {
        static Game create(String title) {
            long id = Fixtures.game(studio, title);
            return new Game(id, Fixtures.text("SELECT game_key FROM game WHERE id = ?", id));
        }
    }

    /** A 5-minute edge between 5 and 15 minutes ago that is not an hour: beacons ending near it cross the fine levels only. */
    private static long recentEdge() {
        long now = System.currentTimeMillis();
        long edge = now - now % (5 * MINUTE) - 5 * MINUTE;
        return edge % HOUR == 0 ? edge - 5 * MINUTE : edge;
    }

    private static String beacon(Game g, String device, long timestamp, long interval, String extra) {
        return "{\"app_key\": \"" + g.key() + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + timestamp
                + ", \"interval_ms\": " + interval + ", \"channel_id\": \"news\", \"stream_id\": \"0x78e31cc7\"" + extra + "}";
    }

    private HttpResponse<String> post(String... beacons) throws Exception {
        return client().postBytes(PATH, "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8));
    }

    private void posted(String... beacons) throws Exception {
        HttpResponse<String> answer = post(beacons);
        assertEquals(204, answer.statusCode(), answer.body());
        StreamstatsRows.journalFolded();
    }

    /** Each row of the query as its columns joined by {@code |}. */
    private static List<String> rows(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    out.add(String.join("|", row));
                }
            }
        }
        return out;
    }

    private static List<String> rollups(Game g, char kind, String columns) throws SQLException {
        return rows("SELECT r.level, r.bucket, " + columns + " FROM streamstats_rollup r JOIN streamstats_scope s ON s.id = r.scope_id"
                + " WHERE r.game_id = ? AND s.kind = ? ORDER BY r.level, r.bucket", g.id(), String.valueOf(kind));
    }

    /** The game scope's cdn bytes per level, as {@code level|bytes}. */
    private static List<String> gameBytes(Game g) throws SQLException {
        return rollups(g, 'g', "r.cdn_bytes").stream().map(row -> row.substring(0, row.indexOf('|'))
                + row.substring(row.indexOf('|', row.indexOf('|') + 1))).toList();
    }

    /** The milliseconds [from, to) shares with [bucket, bucket + size). */
    private static long overlap(long from, long to, long bucket, long size) {
        return Math.max(0, Math.min(to, bucket + size) - Math.max(from, bucket));
    }

    @Test
    void aBeaconAcrossBucketsAddsItsSharesToEveryBucketAtEveryLevelInAllFourScopes() throws Exception {
        Game g = Game.create("Across");
        long edge = recentEdge();
        long from = edge - 7_500;
        long to = edge + 2_500;
        posted(beacon(g, "d-1", to, 10_000, ", \"stream_uri\": \"https://cdn.example/news.m3u8\", \"bitrate\": \"4000\","
                + " \"representation_id\": \"2 of 4\", \"cdn_bytes\": 10000, \"played_ms\": 10000, \"rebuffered_ms\": 0,"
                + " \"buffer_health_ms\": 12000, \"buffer_filling_rate\": 1.5, \"response_time_ms\": {\"cdn\": 80, \"p2p\": 35},"
                + " \"dropped_frames\": 2"));
        List<String> expected = new ArrayList<>();
        for (long size : LEVELS) {
            for (long b = from - Math.floorMod(from, size); b < to; b += size) {
                long share = overlap(from, to, b, size);
                // bytes and played are shares; the beacon and its measures count once in each bucket
                expected.add(size / 1000 + "|" + b + "|" + share + "|0|1|0|" + share + "|12000|1|1.5|1|2|80|1|35|1");
            }
        }
        String columns = "cdn_bytes, p2p_bytes, beacons_cdn, beacons_p2p, played_ms_cdn, buffer_health_sum_cdn,"
                + " buffer_health_count_cdn, filling_rate_sum_cdn, filling_rate_count_cdn, dropped_frames_cdn,"
                + " response_time_sum_cdn, response_time_count_cdn, response_time_sum_p2p, response_time_count_p2p";
        for (char kind : new char[]{'g', 'c', 's', 'r'}) {
            assertEquals(expected, rollups(g, kind, columns), "scope " + kind);
        }
        // 3 five-second, 2 minute, 2 five-minute buckets; one hour, one day (the edge is not an hour)
        assertEquals(9, expected.size());
        assertEquals(List.of("g||||||", "c|news|||||", "s|news|0x78e31cc7|||https://cdn.example/news.m3u8|",
                        "r|news|0x78e31cc7|4000|2 of 4|https://cdn.example/news.m3u8|"),
                rows("SELECT kind, channel_id, stream_id, bitrate, representation_id, stream_uri, '' FROM streamstats_scope"
                        + " WHERE game_id = ? ORDER BY FIELD(kind, 'g', 'c', 's', 'r')", g.id()));
    }

    @Test
    void twoDevicesOnOneChannelAndALaterRequestAddUp() throws Exception {
        Game g = Game.create("Two devices");
        long edge = recentEdge();
        // one p2p device (its averages under p2p) and one cdn device, both inside [edge - 10 s, edge - 5 s)
        posted(beacon(g, "p2p-1", edge - 5_000, 5_000, ", \"bitrate\": \"4000\", \"cdn_bytes\": 1000, \"p2p_bytes\": 4000,"
                        + " \"played_ms\": 5000, \"rebuffered_ms\": 100, \"buffer_health_ms\": 9000"),
                beacon(g, "cdn-1", edge - 5_000, 5_000, ", \"bitrate\": \"800\", \"cdn_bytes\": 700,"
                        + " \"played_ms\": 4000, \"buffer_health_ms\": 3000").replace("0x78e31cc7", "other"));
        // a later request: the same p2p device again in the same bucket adds by the upsert, not in memory
        posted(beacon(g, "p2p-1", edge - 5_000, 5_000, ", \"bitrate\": \"4000\", \"cdn_bytes\": 10, \"p2p_bytes\": 20,"
                + " \"played_ms\": 5000, \"buffer_health_ms\": 1000"));
        String columns = "cdn_bytes, p2p_bytes, beacons_cdn, beacons_p2p, played_ms_cdn, played_ms_p2p, rebuffered_ms_p2p,"
                + " buffer_health_sum_cdn, buffer_health_sum_p2p, buffer_health_count_p2p";
        String sums = "1710|4020|1|2|4000|10000|100|3000|10000|2";
        List<String> channel = rollups(g, 'c', columns);
        assertEquals(5, channel.size(), channel.toString());
        for (String row : channel) {
            assertEquals(sums, row.substring(row.indexOf('|', row.indexOf('|') + 1) + 1), row);
        }
        assertEquals(channel, rollups(g, 'g', columns));
        assertEquals(2, Fixtures.count("SELECT COUNT(*) FROM streamstats_scope WHERE game_id = ? AND kind = 's'", g.id()));
        assertEquals(List.of("5|" + (edge - 10_000) + "|1010|4020|0|2|0|10000|100|0|10000|2",
                        "5|" + (edge - 10_000) + "|700|0|1|0|4000|0|0|3000|0|0"),
                rows("SELECT r.level, r.bucket, " + columns + " FROM streamstats_rollup r JOIN streamstats_scope s ON s.id = r.scope_id"
                        + " WHERE r.game_id = ? AND s.kind = 'r' AND r.level = 5 ORDER BY s.bitrate", g.id()));
    }

    @Test
    void deviceRowsHoldFiveSecondMasksAndPlayedPerSlot() throws Exception {
        Game g = Game.create("Devices");
        long edge = recentEdge();
        long hour = edge - edge % HOUR;
        int slot = (int) ((edge - hour) / (5 * MINUTE));
        // [edge - 7.5 s, edge + 2.5 s): the last two 5 s of the slot before the edge and the first of the next;
        // 1 p2p byte in 10 s lies in its last 2.5 s, after the edge (the part before 7.5 s is floor(1 × 7.5/10) = 0)
        posted(beacon(g, "d-1", edge + 2_500, 10_000, ", \"p2p_bytes\": 1, \"played_ms\": 10000, \"os\": \"mac os\","
                + " \"platform\": \"Desktop\", \"connection_type\": \"wifi\""));
        String columns = "seen_" + (slot - 1) + ", seen_" + slot + ", p2p_" + (slot - 1) + ", p2p_" + slot + ", incompatible_"
                + slot + ", played_" + (slot - 1) + ", played_" + slot + ", os, platform, connection_type";
        String select = "SELECT hour, " + columns + " FROM streamstats_device_hour WHERE game_id = ? AND device_id = ?";
        assertEquals(List.of(hour + "|" + ((1L << 58) | (1L << 59)) + "|1|0|1|0|7500|2500|MAC OS|DESKTOP|WIFI"), rows(select, g.id(), "d-1"));
        // the same device later in the same 5 s, not p2p-compatible: masks OR, played adds, values are the latest
        posted(beacon(g, "d-1", edge + 3_000, 1_000, ", \"played_ms\": 1000, \"p2p_compatible\": false, \"os\": \"Linux\","
                + " \"platform\": \"tv\""));
        assertEquals(List.of(hour + "|" + ((1L << 58) | (1L << 59)) + "|1|0|1|1|7500|3500|LINUX|TV|UNKNOWN"),
                rows(select, g.id(), "d-1"));
        // day rows are folded from these once the hour is over: DayFoldIT
    }

    @Test
    void fiveMinutesAcrossAnHourAreTwoHourRows() throws Exception {
        Game g = Game.create("Across an hour");
        long now = System.currentTimeMillis();
        long hour = now - now % HOUR;
        posted(beacon(g, "d-1", hour + 150_000, 300_000, ", \"played_ms\": 300000"));
        long firstHalf = 0;
        for (int j = 30; j < 60; j++) {
            firstHalf |= 1L << j;
        }
        assertEquals(List.of((hour - HOUR) + "|" + firstHalf + "|0|150000|0", hour + "|0|" + ((1L << 30) - 1) + "|0|150000"),
                rows("SELECT hour, seen_11, seen_0, played_11, played_0 FROM streamstats_device_hour WHERE game_id = ?"
                        + " ORDER BY hour", g.id()));
    }

    @Test
    void aLateBeaconIsWrittenOnlyIntoTheLevelsStillKept() throws Exception {
        Game g = Game.create("Late");
        long edge = recentEdge() - 2 * HOUR;
        posted(beacon(g, "d-1", edge, 5_000, ", \"cdn_bytes\": 5000"));
        // 5 s buckets are kept an hour and minutes six: a beacon of two hours ago has no 5 s rows
        assertEquals(List.of("60|5000", "300|5000", "3600|5000", "86400|5000"),
                gameBytes(g));
    }

    @Test
    void aRefusedArrayLeavesNoRowInAnyTable() throws Exception {
        Game g = Game.create("Refused");
        long edge = recentEdge();
        String good = beacon(g, "d-1", edge, 10_000, ", \"cdn_bytes\": 10");
        HttpResponse<String> answer = post(good, good, good,
                beacon(g, "d-2", edge, 10_000, ", \"bitrate\": \"" + "9".repeat(33) + "\""), good);
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("bitrate must be at most 32 characters", PortalClient.json(answer).getString("error"));
        assertEquals(3, PortalClient.json(answer).getInt("index"));
        StreamstatsRows.journalFolded();
        for (String table : List.of("streamstats_scope", "streamstats_rollup", "streamstats_device_hour", "streamstats_device_day")) {
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM " + table + " WHERE game_id = ?", g.id()), table);
        }
        posted(good);
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ?", g.id()));
    }

    /**
     * A request of 1 000 five-minute beacons, each on its own channel: some 200 000 rollup rows
     * (68 buckets in three scopes of their own per beacon), journaled in parts well under the
     * server's packet limit, all stored.
     */
    @Test
    void aRequestOfManyScopesAndLongIntervalsIsStoredWhole() throws Exception {
        Game g = Game.create("Wide");
        long edge = recentEdge();
        String[] beacons = new String[1_000];
        for (int i = 0; i < beacons.length; i++) {
            beacons[i] = beacon(g, "d-" + i, edge, 300_000, ", \"cdn_bytes\": 300").replace("\"news\"", "\"ch-" + i + "\"");
        }
        HttpResponse<String> answer = post(beacons);
        assertEquals(204, answer.statusCode(), answer.body());
        StreamstatsRows.journalFolded(60);
        assertEquals(List.of("1000|300000"), rows("SELECT COUNT(*), SUM(r.cdn_bytes) FROM streamstats_rollup r"
                + " JOIN streamstats_scope s ON s.id = r.scope_id WHERE r.game_id = ? AND s.kind = 'c' AND r.level = 300", g.id()));
    }

    /**
     * The scope key's columns compare with trailing spaces ignored: {@code "news "} is the row of
     * {@code "news"}, found again when read back (the batch would otherwise fail for ever, a 503
     * the player retries); half a UTF-16 pair, which no column stores as sent, is refused by index.
     */
    @Test
    void keysTheDatabaseComparesAlikeShareAScopeAndHalfACharacterIsRefused() throws Exception {
        Game g = Game.create("Keys");
        long edge = recentEdge();
        posted(beacon(g, "d-1", edge, 5_000, ", \"cdn_bytes\": 3"),
                beacon(g, "d-2", edge, 5_000, ", \"cdn_bytes\": 4").replace("\"news\"", "\"news \""));
        assertEquals(List.of("news|7"), rows("SELECT s.channel_id, r.cdn_bytes FROM streamstats_rollup r JOIN streamstats_scope s"
                + " ON s.id = r.scope_id WHERE r.game_id = ? AND s.kind = 'c' AND r.level = 5", g.id()));
        long started = System.nanoTime();
        HttpResponse<String> answer = post(beacon(g, "d-3", edge, 5_000, ""),
                beacon(g, "d-4", edge, 5_000, "").replace("\"news\"", "\"news\\ud800\""));
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("channel_id must be valid Unicode text", PortalClient.json(answer).getString("error"));
        assertEquals(1, PortalClient.json(answer).getInt("index"));
        assertTrue(System.nanoTime() - started < 3_000_000_000L);
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ? AND device_id IN ('d-3', 'd-4')",
                g.id()));
        posted(beacon(g, "d-3", edge, 5_000, ""));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ? AND device_id = 'd-3'", g.id()));
    }

    @Test
    void theStreamUriIsTheLatestReported() throws Exception {
        Game g = Game.create("Stream URIs");
        long edge = recentEdge();
        String select = "SELECT kind, stream_uri FROM streamstats_scope WHERE game_id = ? AND kind IN ('s', 'r') ORDER BY kind";
        posted(beacon(g, "d-1", edge, 5_000, ", \"stream_uri\": \"https://b.example/\""));
        assertEquals(List.of("r|https://b.example/", "s|https://b.example/"), rows(select, g.id()));
        // one request: A then B over a stored B is B
        posted(beacon(g, "d-1", edge, 5_000, ", \"stream_uri\": \"https://a.example/\""),
                beacon(g, "d-2", edge, 5_000, ", \"stream_uri\": \"https://b.example/\""));
        assertEquals(List.of("r|https://b.example/", "s|https://b.example/"), rows(select, g.id()));
        posted(beacon(g, "d-1", edge, 5_000, ", \"stream_uri\": \"https://c.example/\""));
        // a beacon without a URI does not blank it
        posted(beacon(g, "d-1", edge, 5_000, ""));
        assertEquals(List.of("r|https://c.example/", "s|https://c.example/"), rows(select, g.id()));
    }

    /**
     * The purge ({@code POLYMETRIC_STREAMSTATS_PURGE_SECONDS}, 2 s in the ITs) deletes the rows whose
     * whole bucket ended longer ago than their retention, and only those; hour rows of an hour never
     * folded (a portal stopped for days) are folded into their day row first; fold markers go with
     * the day rows.
     */
    @Test
    void rowsPastTheirRetentionArePurged() throws Exception {
        Game g = Game.create("Retention");
        Fixtures.execute("INSERT INTO streamstats_scope (game_id, kind, channel_id, stream_id, bitrate, representation_id, stream_uri)"
                + " VALUES (?, 'g', '', '', '', '', '')", g.id());
        long scope = Long.parseLong(Fixtures.text("SELECT id FROM streamstats_scope WHERE game_id = ? AND kind = 'g'", g.id()));
        long now = System.currentTimeMillis();
        long fiveSeconds = now - now % 5_000;
        long minute = now - now % MINUTE;
        long hour = now - now % HOUR;
        long day = now - now % DAY;
        // past: ended more than their retention ago; kept: still inside it
        long[][] rollups = {
                {5, fiveSeconds - HOUR - 5_000, 0}, {5, fiveSeconds - 30 * MINUTE, 1},
                {60, minute - 6 * HOUR - MINUTE, 0}, {60, minute - 5 * HOUR, 1},
                {300, hour - 49 * HOUR, 0}, {300, hour - 47 * HOUR, 1},
                {3600, hour - 36 * DAY, 0}, {3600, hour - 34 * DAY, 1},
                {86400, day - 36 * DAY, 0}, {86400, day - 34 * DAY, 1},
        };
        for (long[] r : rollups) {
            Fixtures.execute("INSERT INTO streamstats_rollup (game_id, level, bucket, scope_id, cdn_bytes) VALUES (?, ?, ?, ?, ?)",
                    g.id(), r[0], r[1], scope, r[2]);
        }
        // the kept hour is folded already (the fold would fold it anyway); the past one is not
        long past = hour - 50 * HOUR;
        Fixtures.execute("INSERT IGNORE INTO streamstats_folded_hour (hour) VALUES (?)", hour - 47 * HOUR);
        Fixtures.execute("INSERT INTO streamstats_device_hour (game_id, hour, scope_id, device_id, os, platform, connection_type)"
                + " VALUES (?, ?, ?, 'd-1', '', '', '')", g.id(), hour - 47 * HOUR, scope);
        Fixtures.execute("DELETE FROM streamstats_folded_hour WHERE hour = ?", past);
        Fixtures.execute("INSERT INTO streamstats_device_hour (game_id, hour, scope_id, device_id, seen_3, played_3, os, platform,"
                + " connection_type) VALUES (?, ?, ?, 'd-1', 1, 5000, 'LINUX', 'TV', 'WIFI')", g.id(), past, scope);
        for (long d : new long[]{day - 36 * DAY, day - 34 * DAY}) {
            Fixtures.execute("INSERT INTO streamstats_device_day (game_id, day, scope_id, device_id, os, platform, connection_type)"
                    + " VALUES (?, ?, ?, 'd-1', '', '', '')", g.id(), d, scope);
        }
        // markers past the day rows' retention and inside it
        Fixtures.execute("INSERT IGNORE INTO streamstats_folded_hour (hour) VALUES (?), (?)", day - 36 * DAY, day - 34 * DAY);
        // a deleted game's rows (no foreign key holds them) age out as well
        long gone = g.id() + 1_000_000_000L;
        Fixtures.execute("INSERT INTO streamstats_device_day (game_id, day, scope_id, device_id, os, platform, connection_type)"
                + " VALUES (?, ?, ?, 'd-1', '', '', '')", gone, day - 36 * DAY, scope);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup WHERE game_id = ? AND cdn_bytes = 0", g.id())
                + Fixtures.count("SELECT COUNT(*) FROM streamstats_device_day WHERE game_id = ?", gone)
                + Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ? AND hour = ?", g.id(), past) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(List.of("5|1", "60|1", "300|1", "3600|1", "86400|1"),
                rows("SELECT level, cdn_bytes FROM streamstats_rollup WHERE game_id = ? ORDER BY level", g.id()));
        assertEquals(List.of(Long.toString(hour - 47 * HOUR)), rows("SELECT hour FROM streamstats_device_hour WHERE game_id = ?", g.id()));
        long pastDay = past - past % DAY;
        int h = (int) ((past - pastDay) / HOUR);
        assertEquals(List.of((day - 34 * DAY) + "|0|0", pastDay + "|" + (1L << h) + "|5000"),
                rows("SELECT day, seen, played_" + h + " FROM streamstats_device_day WHERE game_id = ? ORDER BY day", g.id()));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_day WHERE game_id = ?", gone));
        assertEquals(List.of(Long.toString(day - 34 * DAY), Long.toString(past)),
                rows("SELECT hour FROM streamstats_folded_hour WHERE hour IN (?, ?, ?) ORDER BY hour", day - 36 * DAY, day - 34 * DAY, past));
    }

    @Test
    void aBeaconLandsUnderTheGameOfItsKeyOnly() throws Exception {
        Game mine = Game.create("Mine");
        Game theirs = Game.create("Theirs");
        long edge = recentEdge();
        posted(beacon(theirs, "d-1", edge, 5_000, ", \"cdn_bytes\": 5000"),
                beacon(mine, "d-2", edge, 5_000, ", \"cdn_bytes\": 7"));
        for (Game g : List.of(mine, theirs)) {
            long bytes = g == mine ? 7 : 5000;
            String device = g == mine ? "d-2" : "d-1";
            assertEquals(List.of("5|" + bytes, "60|" + bytes, "300|" + bytes, "3600|" + bytes, "86400|" + bytes),
                    gameBytes(g));
            assertEquals(List.of(device), rows("SELECT device_id FROM streamstats_device_hour WHERE game_id = ?", g.id()));
            // no row of one game points at a scope of another
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup r JOIN streamstats_scope s ON s.id = r.scope_id"
                    + " WHERE r.game_id = ? AND s.game_id <> r.game_id", g.id()));
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour d JOIN streamstats_scope s ON s.id = d.scope_id"
                    + " WHERE d.game_id = ? AND (s.game_id <> d.game_id OR s.kind <> 'r')", g.id()));
        }
    }
}
