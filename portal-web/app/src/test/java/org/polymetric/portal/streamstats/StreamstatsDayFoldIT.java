package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;

/**
 * Day rows are folded from the hour rows once an hour is over ({@code store.DayFold}, every
 * {@code POLYMETRIC_STREAMSTATS_FOLD_SECONDS}, 1 s in the ITs). Beacons of three hours some hours
 * ago are posted while the fold of those hours is held back (their markers deleted, then their
 * place held by a shared lock, as a writer's batch holds it), so the answers are read once from
 * the hour rows and once, after the fold, from the day rows: the same figures. The folded day rows
 * are the OR / sum of the hour rows (what the writer used to write per beacon); a late beacon of
 * a folded hour counts once; later folds change nothing.
 */
class StreamstatsDayFoldIT extends PortalIT {
    private static final String PATH = "/api/ingest/playback";
    private static final long HOUR = 3_600_000;
    private static final long DAY = 86_400_000;
    private static final long MINUTE = 60_000;

    private record Game(long id, String key) {
        static Game create(String title) {
            long id = StreamstatsRows.newGame(title);
            return new Game(id, Fixtures.text("SELECT game_key FROM game WHERE id = ?", id));
        }
    }

    private static String beacon(Game g, String device, long end, long interval, String fields) {
        return "{\"app_key\": \"" + g.key() + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end + ", \"interval_ms\": "
                + interval + ", \"channel_id\": \"fold\", \"stream_id\": \"s\", " + fields + "}";
    }

    private void posted(String... beacons) {
        HttpResponse<String> answer = client().postBytes(PATH, "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(204, answer.statusCode(), answer.body());
    }

    @Test
    void answersAreTheSameFromHourRowsAndFromFoldedDayRowsAndALateBeaconCountsOnce() throws Exception {
        Game g = Game.create("Fold");
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        long h1 = emptyHours();
        long h2 = h1 + HOUR;
        long h3 = h2 + HOUR;
        JsonArray summary;
        JsonArray channels;
        JsonArray os;
        try (Connection hold = TestDatabase.connect()) {
            hold.setAutoCommit(false);
            holdBack(hold, h1, h2, h3);
            // a: 10 s across h1 → h2 and 5 s in h3, cdn; b: a minute in h2, p2p; c: 5 minutes in h3, not compatible
            posted(beacon(g, "a", h2 + 5_000, 10_000, "\"cdn_bytes\": 10000, \"played_ms\": 10000, \"os\": \"Linux\""),
                    beacon(g, "b", h2 + 30 * MINUTE, 60_000, "\"p2p_bytes\": 6000, \"played_ms\": 60000, \"os\": \"Mac\""),
                    beacon(g, "c", h3 + 10 * MINUTE, 300_000,
                            "\"cdn_bytes\": 300, \"played_ms\": 300000, \"p2p_compatible\": false, \"os\": \"Android\""),
                    beacon(g, "a", h3 + 20 * MINUTE, 5_000, "\"played_ms\": 5000, \"os\": \"Linux\""));
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_day WHERE game_id = ?", g.id()),
                    "day rows of hours not folded");
            assertEquals(0, markers(h1, h2, h3));
            summary = api.array("/summary/agg?time=24h");
            channels = api.array("/summary?time=24h");
            os = api.array("/stats/os?time=1w");
            assertEquals(0, markers(h1, h2, h3), "read before the fold");
            hold.commit();
        }
        JsonObject figures = summary.getJsonObject(0);
        assertEquals(List.of(1, 1, 1, 315, 60), List.of(figures.getInt("cdn_devices"), figures.getInt("p2p_devices"),
                figures.getInt("not_compatible_devices"), figures.getInt("cdn_viewing_time"), figures.getInt("p2p_viewing_time")));
        assertEquals(Json.createArrayBuilder().add(point(h1, Map.of("LINUX", 1))).add(point(h2, Map.of("LINUX", 1, "MAC", 1)))
                .add(point(h3, Map.of("ANDROID", 1, "LINUX", 1))).build(), os);

        awaitMarkers(h1, h2, h3);
        assertTrue(Fixtures.count("SELECT COUNT(*) FROM streamstats_device_day WHERE game_id = ?", g.id()) > 0);
        assertEquals(dayRowsOfHourRows(g.id()), dayRows(g.id()), "day rows = the OR / sum of the hour rows");
        assertEquals(summary, api.array("/summary/agg?time=24h"));
        assertEquals(channels, api.array("/summary?time=24h"));
        assertEquals(os, api.array("/stats/os?time=1w"));

        // a late beacon of a folded hour: into its hour row and its day row, counted once
        posted(beacon(g, "late", h1 + 30 * MINUTE, 5_000, "\"cdn_bytes\": 5000, \"played_ms\": 5000, \"os\": \"Tizen\""));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ? AND device_id = 'late'", g.id()));
        assertEquals(dayRowsOfHourRows(g.id()), dayRows(g.id()));
        JsonObject late = api.array("/summary/agg?time=24h").getJsonObject(0);
        assertEquals(List.of(2, 1, 1, 320, 60), List.of(late.getInt("cdn_devices"), late.getInt("p2p_devices"),
                late.getInt("not_compatible_devices"), late.getInt("cdn_viewing_time"), late.getInt("p2p_viewing_time")));
        assertEquals(point(h1, Map.of("LINUX", 1, "TIZEN", 1)), api.array("/stats/os?time=1w").get(0));

        // the hours stay folded once: later runs (several a second here) change nothing
        Map<String, String> folded = dayRows(g.id());
        Thread.sleep(3_000);
        assertEquals(folded, dayRows(g.id()));
        assertEquals(3, markers(h1, h2, h3));
    }

    /**
     * Three hours in a row, 5 to 20 hours ago (whole hours of {@code 24h} and {@code 1w}, over
     * for longer than the fold's grace), in which no game has hour rows: unfolding them (deleting
     * their markers) leaves every other game's day rows as exact as they were.
     */
    private static long emptyHours() {
        long now = System.currentTimeMillis();
        for (int k = 5; k <= 20; k++) {
            long h1 = now - now % HOUR - k * HOUR;
            if (Fixtures.count("SELECT COUNT(*) FROM streamstats_device_hour WHERE hour IN (?, ?, ?)", h1, h1 + HOUR, h1 + 2 * HOUR) == 0) {
                return h1;
            }
        }
        throw new IllegalStateException("no three hours without hour rows in the last 20");
    }

    /**
     * Deletes the hours' markers, then holds their absence with a locking read on {@code hold}
     * (shared gap locks, as a writer's batch takes): the fold's marker insert waits until
     * {@code hold} ends, while writers, whose reads are shared too, go on.
     */
    private static void holdBack(Connection hold, long... hours) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Fixtures.execute("DELETE FROM streamstats_folded_hour WHERE hour IN (?, ?, ?)", hours[0], hours[1], hours[2]);
            try (PreparedStatement s = hold.prepareStatement("SELECT hour FROM streamstats_folded_hour WHERE hour IN (?, ?, ?) LOCK IN SHARE MODE")) {
                for (int i = 0; i < 3; i++) {
                    s.setLong(i + 1, hours[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                }
            }
            // a fold ran in between: start again
            hold.rollback();
            Thread.sleep(100);
        }
        throw new IllegalStateException("the fold kept folding the hours back");
    }

    private static long markers(long... hours) {
        return Fixtures.count("SELECT COUNT(*) FROM streamstats_folded_hour WHERE hour IN (?, ?, ?)", hours[0], hours[1], hours[2]);
    }

    private static void awaitMarkers(long... hours) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (markers(hours) < hours.length && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(hours.length, markers(hours), "the hours were not folded");
    }

    /** The game's day rows, key → seen|p2p|incompatible|played_0..23|os. */
    private static Map<String, String> dayRows(long gameId) throws SQLException {
        StringBuilder played = new StringBuilder();
        for (int h = 0; h < 24; h++) {
            played.append(", played_").append(h);
        }
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT day, scope_id, device_id, seen, p2p, incompatible" + played + ", os FROM streamstats_device_day WHERE game_id = ?")) {
            s.setLong(1, gameId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> v = new ArrayList<>();
                    for (int i = 4; i <= 6 + 24 + 1; i++) {
                        v.add(rs.getString(i));
                    }
                    rows.put(rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3), String.join("|", v));
                }
            }
        }
        return rows;
    }

    /**
     * The day rows the game's hour rows make, worked out here: per day, scope and device, bit h of
     * a mask set iff any 5-second bit of that kind in the hour row of hour h is, played_h the sum
     * of its 12 slots; the values those of the latest hour (rows here hold one value each).
     */
    private static Map<String, String> dayRowsOfHourRows(long gameId) throws SQLException {
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, String> values = new TreeMap<>();
        StringBuilder columns = new StringBuilder();
        for (String stem : new String[]{"seen_", "p2p_", "incompatible_", "played_"}) {
            for (int k = 0; k < 12; k++) {
                columns.append(", ").append(stem).append(k);
            }
        }
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT hour, scope_id, device_id" + columns + ", os FROM streamstats_device_hour WHERE game_id = ? ORDER BY hour")) {
            s.setLong(1, gameId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long hour = rs.getLong(1);
                    long day = hour - Math.floorMod(hour, DAY);
                    int h = (int) ((hour - day) / HOUR);
                    String key = day + "/" + rs.getLong(2) + "/" + rs.getString(3);
                    long[] row = sums.computeIfAbsent(key, k -> new long[3 + 24]);
                    for (int k = 0; k < 12; k++) {
                        row[0] |= rs.getLong(4 + k) != 0 ? 1L << h : 0;
                        row[1] |= rs.getLong(16 + k) != 0 ? 1L << h : 0;
                        row[2] |= rs.getLong(28 + k) != 0 ? 1L << h : 0;
                        row[3 + h] += rs.getLong(40 + k);
                    }
                    values.put(key, rs.getString(52));
                }
            }
        }
        Map<String, String> rows = new TreeMap<>();
        sums.forEach((key, row) -> {
            List<String> v = new ArrayList<>();
            for (long x : row) {
                v.add(Long.toString(x));
            }
            v.add(values.get(key));
            rows.put(key, String.join("|", v));
        });
        return rows;
    }

    private static JsonObject point(long datetime, Map<String, Integer> devices) {
        var counts = Json.createObjectBuilder();
        new TreeMap<>(devices).forEach(counts::add);
        return Json.createObjectBuilder().add("datetime", datetime).add("operating_systems", counts).build();
    }
}
