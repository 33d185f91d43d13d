package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;
import org.polymetric.portal.TestDatabase;

/**
 * Writer and reader agree: beacons POSTed to {@code /api/ingest/playback} are read back through
 * {@code /api/streamstats} with figures worked out here by hand from the definitions
 * (bytes and played time spread over the interval, a device's class over the window, viewing
 * time per class, throughput over the window's or point's length, means per beacon source,
 * distinct devices per breakdown value), at the customer, channel and stream levels, for
 * {@code 10m} and {@code 1h}. Every beacon lies on the 5-second grid inside one minute that ended
 * at least a minute before the test started, so it lies whole inside both windows and inside one
 * point of each series whatever the server's clock says while the test runs.
 */
class StreamstatsEndToEndIT extends PortalIT {
    private static final String PATH = "/api/ingest/playback";
    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final long FIVE_SECONDS = 5_000;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final String NEWS_URI = "https://cdn.example/news.m3u8";
    private static final String SPORT_URI = "https://cdn.example/sport.m3u8";
    private static final String[] FIGURES = {"cdn_throughput", "p2p_throughput", "total_throughput", "cdn_devices", "p2p_devices",
            "not_compatible_devices", "cdn_viewing_time", "p2p_viewing_time", "total_viewing_time", "total_pretty_viewing_time"};

    /** A game and its public key. */
    private record Game(long id, String key) {
        static Game create(String title) {
            long id = StreamstatsRows.newGame(title);
            return new Game(id, Fixtures.text("SELECT game_key FROM game WHERE id = ?", id));
        }
    }

    /** One 5-second beacon of a device ending at {@code end}, its other fields as JSON members. */
    private static String beacon(Game g, String device, long end, String channel, String stream, String fields) {
        return "{\"app_key\": \"" + g.key() + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 5000, \"channel_id\": \"" + channel + "\", \"stream_id\": \"" + stream + "\", " + fields + "}";
    }

    private void posted(List<String> beacons) {
        HttpResponse<String> answer = client().postBytes(PATH, "application/json",
                ("[" + String.join(", ", beacons) + "]").getBytes(StandardCharsets.UTF_8), "User-Agent", CHROME_ON_WINDOWS);
        assertEquals(204, answer.statusCode(), answer.body());
    }

    /**
     * Three devices in the minute from {@code t0}, 5-second beacons ending at {@code t0 + 5 s × k}:
     * <ul>
     * <li>{@code viewer-a} (news, s1): k = 1..4 cdn only in rendition 4000 / "2 of 4" (5 MB, buffer
     * health 10 s, cdn response 100 ms), k = 5..6 p2p in rendition 800 / "1 of 4" (1 MB cdn + 4 MB
     * p2p, 250 ms rebuffered at k = 5, buffer health 20 s, responses cdn 60 ms and p2p 30 ms); WiFi;
     * <li>{@code viewer-b} (news, s1, 800 / "1 of 4"): k = 1..6 cdn (2 MB, 500 ms rebuffered, buffer
     * health 4 s, cdn response 200 ms); Ethernet;
     * <li>{@code viewer-c} (sport, s2, 2000 / "1 of 1"): k = 1..4 not p2p-compatible (3 MB, buffer
     * health 6 s, cdn response 120 ms), its own OS Linux and platform firefox; cellular.
     * </ul>
     * Each beacon plays its whole 5 s. OS and platform of a and b come from the User-Agent
     * (Chrome on Windows: WINDOWS, CHROME).
     */
    private void postTheMinute(Game g, long t0) {
        List<String> beacons = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            long end = t0 + k * FIVE_SECONDS;
            if (k <= 4) {
                beacons.add(beacon(g, "viewer-a", end, "news", "s1", "\"stream_uri\": \"" + NEWS_URI + "\", \"bitrate\": \"4000\","
                        + " \"representation_id\": \"2 of 4\", \"cdn_bytes\": 5000000, \"played_ms\": 5000, \"buffer_health_ms\": 10000,"
                        + " \"response_time_ms\": {\"cdn\": 100}, \"connection_type\": \"wifi\""));
                beacons.add(beacon(g, "viewer-c", end, "sport", "s2", "\"stream_uri\": \"" + SPORT_URI + "\", \"bitrate\": \"2000\","
                        + " \"representation_id\": \"1 of 1\", \"cdn_bytes\": 3000000, \"played_ms\": 5000, \"buffer_health_ms\": 6000,"
                        + " \"response_time_ms\": {\"cdn\": 120}, \"p2p_compatible\": false, \"os\": \"Linux\", \"platform\": \"firefox\","
                        + " \"connection_type\": \"cellular\""));
            } else {
                beacons.add(beacon(g, "viewer-a", end, "news", "s1", "\"stream_uri\": \"" + NEWS_URI + "\", \"bitrate\": \"800\","
                        + " \"representation_id\": \"1 of 4\", \"cdn_bytes\": 1000000, \"p2p_bytes\": 4000000, \"played_ms\": 5000,"
                        + " \"rebuffered_ms\": " + (k == 5 ? 250 : 0) + ", \"buffer_health_ms\": 20000,"
                        + " \"response_time_ms\": {\"cdn\": 60, \"p2p\": 30}, \"connection_type\": \"wifi\""));
            }
            beacons.add(beacon(g, "viewer-b", end, "news", "s1", "\"stream_uri\": \"" + NEWS_URI + "\", \"bitrate\": \"800\","
                    + " \"representation_id\": \"1 of 4\", \"cdn_bytes\": 2000000, \"played_ms\": 5000, \"rebuffered_ms\": 500,"
                    + " \"buffer_health_ms\": 4000, \"response_time_ms\": {\"cdn\": 200}, \"connection_type\": \"ethernet\""));
        }
        posted(beacons);
    }

    /** A number as the API writes it: rounded half up to {@code scale} decimals, an integer when whole. */
    private static BigDecimal number(double value, int scale) {
        BigDecimal d = new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static BigDecimal kbps(long bytes, long ms) {
        return number(bytes * 8.0 / ms, 3);
    }

    /**
     * A summary row's figures: bytes over the window of {@code ms}, devices per class, viewing
     * seconds per class (not-compatible devices' viewing is cdn viewing).
     */
    private static JsonObjectBuilder figures(long ms, long cdnBytes, long p2pBytes, int cdn, int p2p, int notCompatible,
                                             int cdnSeconds, int p2pSeconds) {
        int total = cdnSeconds + p2pSeconds;
        return Json.createObjectBuilder().add("cdn_throughput", kbps(cdnBytes, ms)).add("p2p_throughput", kbps(p2pBytes, ms))
                .add("total_throughput", kbps(cdnBytes + p2pBytes, ms)).add("cdn_devices", cdn).add("p2p_devices", p2p)
                .add("not_compatible_devices", notCompatible).add("cdn_viewing_time", cdnSeconds).add("p2p_viewing_time", p2pSeconds)
                .add("total_viewing_time", total)
                .add("total_pretty_viewing_time", String.format("%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60));
    }

    private static JsonArray array(JsonObjectBuilder... rows) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonObjectBuilder row : rows) {
            a.add(row);
        }
        return a.build();
    }

    /** Points {@code {"datetime", field: value}}; a null value is JSON null. */
    private static JsonArray points(String field, Map<Long, BigDecimal> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("datetime", e.getKey());
            a.add(e.getValue() == null ? o.addNull(field) : o.add(field, e.getValue()));
        });
        return a.build();
    }

    /** The six 5-second points of the minute from {@code t0}: the first four hold {@code first}, the last two {@code last}. */
    private static Map<Long, BigDecimal> fourThenTwo(long t0, BigDecimal first, BigDecimal last) {
        Map<Long, BigDecimal> m = new HashMap<>();
        for (int k = 0; k < 6; k++) {
            m.put(t0 + k * FIVE_SECONDS, k < 4 ? first : last);
        }
        return m;
    }

    private static JsonObjectBuilder breakdown(long datetime, String field, Map<String, Integer> devices) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        devices.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.add(e.getKey(), e.getValue()));
        return Json.createObjectBuilder().add("datetime", datetime).add(field, counts);
    }

    @Test
    void beaconsPostedAreReadBackAsTheDefinitionsSayAtEveryLevelFor10mAnd1h() {
        long started = System.currentTimeMillis();
        long t0 = Math.floorDiv(started, MINUTE) * MINUTE - 2 * MINUTE;
        Game g = Game.create("End to end");
        postTheMinute(g, t0);
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");

        for (String time : new String[]{"10m", "1h"}) {
            long ms = time.equals("10m") ? 600_000 : 3_600_000;
            // customer: a row per channel; news holds a (p2p: a p2p bit in the window, so all its 30 s are p2p
            // viewing) and b (cdn); sport holds c, not compatible, whose 20 s count as cdn viewing
            assertEquals(array(figures(ms, 34_000_000, 8_000_000, 1, 1, 0, 30, 30).add("channel_id", "news"),
                            figures(ms, 12_000_000, 0, 0, 0, 1, 20, 0).add("channel_id", "sport")),
                    api.array("/summary?time=" + time), time);
            assertEquals(array(figures(ms, 46_000_000, 8_000_000, 1, 1, 1, 50, 30).add("aggregate", "aggregate")),
                    api.array("/summary/agg?time=" + time), time);
            // channel: a row per stream with its latest URI
            assertEquals(array(figures(ms, 34_000_000, 8_000_000, 1, 1, 0, 30, 30).add("stream_id", "s1").add("stream_uri", NEWS_URI)),
                    api.array("/channels/news/summary?time=" + time), time);
            assertEquals(array(figures(ms, 34_000_000, 8_000_000, 1, 1, 0, 30, 30).add("aggregate", "aggregate")),
                    api.array("/channels/news/summary/agg?time=" + time), time);
            assertEquals(array(figures(ms, 12_000_000, 0, 0, 0, 1, 20, 0).add("stream_id", "s2").add("stream_uri", SPORT_URI)),
                    api.array("/channels/sport/summary?time=" + time), time);
            // stream: a row per rendition; in 4000 a is cdn (no p2p bit there), in 800 p2p; the stream counts a once, as p2p
            assertEquals(array(figures(ms, 20_000_000, 0, 1, 0, 0, 20, 0).add("bitrate", "4000").add("representation_id", "2 of 4"),
                            figures(ms, 14_000_000, 8_000_000, 1, 1, 0, 30, 10).add("bitrate", "800").add("representation_id", "1 of 4")),
                    api.array("/channels/news/streams/s1/summary?time=" + time), time);
            assertEquals(array(figures(ms, 34_000_000, 8_000_000, 1, 1, 0, 30, 30).add("aggregate", "aggregate")),
                    api.array("/channels/news/streams/s1/summary/agg?time=" + time), time);
            assertEquals(array(figures(ms, 14_000_000, 8_000_000, 1, 1, 0, 30, 10).add("aggregate", "aggregate")),
                    api.array("/channels/news/streams/s1/summary/agg?time=" + time + "&bitrate=800"), time);
        }

        // 10m: 5-second points, each beacon in one of them
        assertEquals(points("agg_throughput_cdn", fourThenTwo(t0, kbps(10_000_000, FIVE_SECONDS), kbps(3_000_000, FIVE_SECONDS))),
                api.array("/stats/throughput/agg?time=10m&source=cdn"));
        assertEquals(points("agg_throughput_p2p", fourThenTwo(t0, BigDecimal.ZERO, kbps(4_000_000, FIVE_SECONDS))),
                api.array("/stats/throughput/agg?time=10m&source=p2p"));
        assertEquals(points("agg_throughput_cdn", fourThenTwo(t0, kbps(7_000_000, FIVE_SECONDS), kbps(3_000_000, FIVE_SECONDS))),
                api.array("/channels/news/stats/throughput/agg?time=10m&source=cdn"));
        assertEquals(points("agg_throughput_cdn", fourThenTwo(t0, kbps(2_000_000, FIVE_SECONDS), kbps(3_000_000, FIVE_SECONDS))),
                api.array("/channels/news/streams/s1/throughput/agg?time=10m&source=cdn&bitrate=800"));
        // means over the beacons of the source in the point: cdn a, b, c then b alone; p2p a alone (none before: null)
        assertEquals(points("avg_buffer_health_cdn", fourThenTwo(t0, number(20_000 / 3.0, 3), number(4_000, 3))),
                api.array("/stats/buffer_health/avg?time=10m&source=cdn"));
        assertEquals(points("avg_buffer_health_p2p", fourThenTwo(t0, null, number(20_000, 3))),
                api.array("/stats/buffer_health/avg?time=10m&source=p2p"));
        // rebuffered / played of the source's beacons: b's 500 of 15 s, then of 5 s; a's 250 of 5 s, then nothing
        assertEquals(points("rebuffering_ratio", fourThenTwo(t0, number(500 / 15_000.0, 6), number(0.1, 6))),
                api.array("/stats/rebuffering/ratio?time=10m&source=cdn"));
        Map<Long, BigDecimal> p2pRebuffering = fourThenTwo(t0, BigDecimal.ZERO, BigDecimal.ZERO);
        p2pRebuffering.put(t0 + 4 * FIVE_SECONDS, number(0.05, 6));
        assertEquals(points("rebuffering_ratio", p2pRebuffering), api.array("/stats/rebuffering/ratio?time=10m&source=p2p"));
        // response times per request source, whatever the beacon's source
        assertEquals(points("avg_content_request_response_times_cdn", fourThenTwo(t0, number(140, 3), number(130, 3))),
                api.array("/stats/content_request_response_times/avg?time=10m&source=cdn"));
        assertEquals(points("avg_content_request_response_times_p2p", fourThenTwo(t0, null, number(30, 3))),
                api.array("/stats/content_request_response_times/avg?time=10m&source=p2p"));
        // distinct devices per value: a and b from the User-Agent, c its own
        JsonArrayBuilder os = Json.createArrayBuilder();
        JsonArrayBuilder platforms = Json.createArrayBuilder();
        JsonArrayBuilder connections = Json.createArrayBuilder();
        for (int k = 0; k < 6; k++) {
            long at = t0 + k * FIVE_SECONDS;
            os.add(breakdown(at, "operating_systems", k < 4 ? Map.of("LINUX", 1, "WINDOWS", 2) : Map.of("WINDOWS", 2)));
            platforms.add(breakdown(at, "platforms", k < 4 ? Map.of("CHROME", 2, "FIREFOX", 1) : Map.of("CHROME", 2)));
            connections.add(breakdown(at, "connection_types", k < 4 ? Map.of("CELLULAR", 1, "ETHERNET", 1, "WIFI", 1)
                    : Map.of("ETHERNET", 1, "WIFI", 1)));
        }
        assertEquals(os.build(), api.array("/stats/os?time=10m"));
        assertEquals(platforms.build(), api.array("/stats/platforms?time=10m"));
        assertEquals(connections.build(), api.array("/stats/connection_types?time=10m"));

        // 1h: one minute point holding every beacon
        assertEquals(points("agg_throughput_cdn", Map.of(t0, kbps(46_000_000, MINUTE))), api.array("/stats/throughput/agg?time=1h&source=cdn"));
        assertEquals(points("agg_throughput_p2p", Map.of(t0, kbps(8_000_000, MINUTE))), api.array("/stats/throughput/agg?time=1h&source=p2p"));
        assertEquals(points("agg_throughput_cdn", Map.of(t0, kbps(12_000_000, MINUTE))),
                api.array("/channels/sport/stats/throughput/agg?time=1h&source=cdn"));
        assertEquals(points("avg_buffer_health_cdn", Map.of(t0, number((4 * 10_000 + 6 * 4_000 + 4 * 6_000) / 14.0, 3))),
                api.array("/stats/buffer_health/avg?time=1h&source=cdn"));
        assertEquals(points("avg_buffer_health_p2p", Map.of(t0, number(20_000, 3))), api.array("/stats/buffer_health/avg?time=1h&source=p2p"));
        assertEquals(points("rebuffering_ratio", Map.of(t0, number(3_000 / 70_000.0, 6))), api.array("/stats/rebuffering/ratio?time=1h&source=cdn"));
        assertEquals(points("rebuffering_ratio", Map.of(t0, number(250 / 10_000.0, 6))), api.array("/stats/rebuffering/ratio?time=1h&source=p2p"));
        assertEquals(points("avg_content_request_response_times_cdn", Map.of(t0, number((4 * 100 + 2 * 60 + 6 * 200 + 4 * 120) / 16.0, 3))),
                api.array("/stats/content_request_response_times/avg?time=1h&source=cdn"));
        assertEquals(points("avg_content_request_response_times_p2p", Map.of(t0, number(30, 3))),
                api.array("/stats/content_request_response_times/avg?time=1h&source=p2p"));
        assertEquals(array(breakdown(t0, "operating_systems", Map.of("LINUX", 1, "WINDOWS", 2))), api.array("/stats/os?time=1h"));
        assertEquals(array(breakdown(t0, "platforms", Map.of("CHROME", 2, "FIREFOX", 1))), api.array("/stats/platforms?time=1h"));
        assertEquals(array(breakdown(t0, "connection_types", Map.of("CELLULAR", 1, "ETHERNET", 1, "WIFI", 1))),
                api.array("/stats/connection_types?time=1h"));
        assertEquals(array(breakdown(t0, "platforms", Map.of("CHROME", 2))), api.array("/channels/news/platforms?time=1h"));

        // the beacons lie inside the 10m window only while it is younger than 8 minutes after they ended
        assertTrue(System.currentTimeMillis() - started < 7 * MINUTE, "the test ran too long for its 10m window");
    }

    /** The points of a series answer whose {@code datetime} is one of {@code at}, in order. */
    private static JsonArray at(JsonArray series, long... at) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (long t : at) {
            series.getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("datetime").longValue() == t).forEach(a::add);
        }
        return a.build();
    }

    /**
     * The edges of windows: a device playing steadily across the start of {@code 1h} (its 5-minute
     * slot partly inside: played time from its 5-second bits), beacons ending exactly at that start
     * (outside) and starting there (inside), a 60-second beacon across an hour three hours ago
     * (whole hours of {@code 24h} and {@code 1w}: day rows), and one across the start of
     * {@code 24h} (half its bytes and played time inside). Read within the minute the windows
     * were worked out in.
     */
    @Test
    void windowsCutBeaconsAtTheirEdgesAsTheSpreadSays() throws Exception {
        if (System.currentTimeMillis() % MINUTE > 30_000) {
            Thread.sleep(MINUTE - System.currentTimeMillis() % MINUTE + 500);
        }
        long now = System.currentTimeMillis();
        long hourStart = Math.floorDiv(now, MINUTE) * MINUTE - HOUR;
        long dayStart = Math.floorDiv(now, 5 * MINUTE) * 5 * MINUTE - 24 * HOUR;
        long crossed = Math.floorDiv(now, HOUR) * HOUR - 3 * HOUR;
        Game g = Game.create("Edges");
        List<String> beacons = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            beacons.add(beacon(g, "steady", hourStart - 25_000 + i * FIVE_SECONDS, "edge", "s", "\"cdn_bytes\": 1000, \"played_ms\": 5000"));
        }
        beacons.add(beacon(g, "before", hourStart, "edge", "s", "\"p2p_bytes\": 5000, \"played_ms\": 5000"));
        beacons.add(beacon(g, "after", hourStart + FIVE_SECONDS, "edge", "s",
                "\"cdn_bytes\": 2000, \"played_ms\": 5000, \"p2p_compatible\": false"));
        beacons.add(beacon(g, "crossing", crossed + 30_000, "edge", "s", "\"p2p_bytes\": 60000, \"played_ms\": 60000")
                .replace("\"interval_ms\": 5000", "\"interval_ms\": 60000"));
        beacons.add(beacon(g, "old", dayStart + FIVE_SECONDS, "edge", "s", "\"cdn_bytes\": 10000, \"played_ms\": 10000")
                .replace("\"interval_ms\": 5000", "\"interval_ms\": 10000"));
        posted(beacons);
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");

        // 1h: steady's last 6 beacons (30 s of its slot's 60 s) and after; not before, which ends at the start
        assertEquals(array(figures(HOUR, 8_000, 0, 1, 0, 1, 35, 0).add("aggregate", "aggregate")), api.array("/summary/agg?time=1h"));
        assertEquals(array(figures(HOUR, 8_000, 0, 1, 0, 1, 35, 0).add("channel_id", "edge")), api.array("/summary?time=1h"));
        assertEquals(points("agg_throughput_cdn", Map.of(hourStart, kbps(8_000, MINUTE))), api.array("/stats/throughput/agg?time=1h&source=cdn"));
        // 24h: everything but the half of old before its start; crossing's two hours from day rows
        assertEquals(array(figures(24 * HOUR, 19_000, 65_000, 2, 2, 1, 70, 65).add("aggregate", "aggregate")),
                api.array("/summary/agg?time=24h"));
        assertEquals(array(figures(24 * HOUR, 19_000, 65_000, 2, 2, 1, 70, 65).add("stream_id", "s").add("stream_uri", "")),
                api.array("/channels/edge/summary?time=24h"));
        assertEquals(points("agg_throughput_p2p", Map.of(crossed - 5 * MINUTE, kbps(30_000, 5 * MINUTE), crossed, kbps(30_000, 5 * MINUTE))),
                at(api.array("/stats/throughput/agg?time=24h&source=p2p"), crossed - 5 * MINUTE, crossed));
        assertEquals(array(breakdown(crossed - 5 * MINUTE, "platforms", Map.of("CHROME", 1)), breakdown(crossed, "platforms", Map.of("CHROME", 1))),
                at(api.array("/stats/platforms?time=24h"), crossed - 5 * MINUTE, crossed));
        // 1w: all of old too; hour points from day rows
        assertEquals(array(figures(168 * HOUR, 24_000, 65_000, 2, 2, 1, 75, 65).add("aggregate", "aggregate")),
                api.array("/channels/edge/streams/s/summary/agg?time=1w"));
        assertEquals(array(breakdown(crossed - HOUR, "operating_systems", Map.of("WINDOWS", 1)),
                        breakdown(crossed, "operating_systems", Map.of("WINDOWS", 1))),
                at(api.array("/stats/os?time=1w"), crossed - HOUR, crossed));
        assertEquals(Math.floorDiv(now, MINUTE), Math.floorDiv(System.currentTimeMillis(), MINUTE), "the reads outlasted their minute");
    }

    private static long rowsOf(Game g) {
        StreamstatsRows.journalFolded();
        return Fixtures.count("SELECT (SELECT COUNT(*) FROM streamstats_rollup WHERE game_id = ?)"
                + " + (SELECT COUNT(*) FROM streamstats_device_hour WHERE game_id = ?)", g.id(), g.id());
    }

    /**
     * The writer journals a batch's rollups and a read folds the journal first: while the rollup
     * table is locked against the folder (a gap lock on the game's rows), a batch is still
     * acknowledged (the writer does not touch the rollups) and journaled, a refused batch adds no
     * journal row, and a summary read then waits for the fold and answers the whole batch; the
     * journal is empty afterwards.
     */
    @Test
    void aReadFoldsTheJournalFirstAndARefusedBatchJournalsNothing() throws Exception {
        long now = System.currentTimeMillis();
        long t0 = Math.floorDiv(now, MINUTE) * MINUTE - 2 * MINUTE;
        Game g = Game.create("Journal");
        StreamstatsRows.journalFolded();
        List<String> beacons = List.of(beacon(g, "d-1", t0 + FIVE_SECONDS, "news", "s1", "\"cdn_bytes\": 4000, \"played_ms\": 5000"),
                beacon(g, "d-2", t0 + FIVE_SECONDS, "news", "s1", "\"p2p_bytes\": 6000, \"played_ms\": 5000"));
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        CompletableFuture<JsonArray> read;
        try (Connection hold = TestDatabase.connect()) {
            hold.setAutoCommit(false);
            hold.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement s = hold.prepareStatement("SELECT * FROM streamstats_rollup WHERE game_id = ? FOR UPDATE")) {
                s.setLong(1, g.id());
                s.executeQuery().close();
            }
            posted(beacons);
            assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup_journal"));
            HttpResponse<String> refused = client().postBytes(PATH, "application/json", ("[" + beacons.get(0) + ", "
                    + beacon(g, "d-3", t0 + FIVE_SECONDS, "news", "s1", "\"bitrate\": \"" + "9".repeat(33) + "\"") + "]")
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(1, PortalClient.json(refused).getInt("index"));
            assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup_journal"));
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup WHERE game_id = ?", g.id()));
            read = CompletableFuture.supplyAsync(() -> api.array("/summary/agg?time=1h"));
            Thread.sleep(500);
            assertFalse(read.isDone(), "a read answered while the journal could not be folded");
            hold.rollback();
        }
        assertEquals(array(figures(HOUR, 4_000, 6_000, 1, 1, 0, 5, 5).add("aggregate", "aggregate")), read.get(30, TimeUnit.SECONDS));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM streamstats_rollup_journal"));
    }

    /**
     * The rollups and device rows of a batch commit together: when the hour rows cannot be
     * written (their table gone for a moment) the batch's rollups, written before, roll back with
     * it and the players hear 503; the same beacons posted again once the table is back are
     * written and read back once. (Day rows of recent hours are folded later, not written here.)
     */
    @Test
    void aBatchWhoseDeviceRowsCannotBeWrittenLeavesNothingAndIsWrittenWhenPostedAgain() {
        long now = System.currentTimeMillis();
        long t0 = Math.floorDiv(now, MINUTE) * MINUTE - 2 * MINUTE;
        Game g = Game.create("Atomic");
        List<String> beacons = List.of(beacon(g, "d-1", t0 + FIVE_SECONDS, "news", "s1", "\"cdn_bytes\": 4000, \"played_ms\": 5000"),
                beacon(g, "d-2", t0 + FIVE_SECONDS, "news", "s1", "\"p2p_bytes\": 6000, \"played_ms\": 5000"));
        String body = "[" + String.join(", ", beacons) + "]";
        Fixtures.execute("RENAME TABLE streamstats_device_hour TO streamstats_device_hour_away");
        HttpResponse<String> refused;
        try {
            refused = client().postBytes(PATH, "application/json", body.getBytes(StandardCharsets.UTF_8));
        } finally {
            Fixtures.execute("RENAME TABLE streamstats_device_hour_away TO streamstats_device_hour");
        }
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals(0, rowsOf(g), "rollup rows of a batch that was refused");
        posted(beacons);
        assertTrue(rowsOf(g) > 0);
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        assertEquals(array(figures(HOUR, 4_000, 6_000, 1, 1, 0, 5, 5).add("aggregate", "aggregate")), api.array("/summary/agg?time=1h"));
    }

    /**
     * A device id and the same id with trailing spaces are one device row in a rendition (the
     * tables' keys, like the scopes', ignore trailing spaces), so they are one device across
     * renditions too: counted once in summaries and breakdowns.
     */
    @Test
    void aDeviceIdWithTrailingSpacesIsOneDeviceInEveryRendition() {
        long t0 = Math.floorDiv(System.currentTimeMillis(), MINUTE) * MINUTE - 2 * MINUTE;
        Game g = Game.create("Trailing spaces");
        posted(List.of(beacon(g, "twin", t0 + FIVE_SECONDS, "news", "s1", "\"bitrate\": \"4000\", \"cdn_bytes\": 1000, \"played_ms\": 5000"),
                beacon(g, "twin ", t0 + 2 * FIVE_SECONDS, "news", "s1", "\"bitrate\": \"800\", \"cdn_bytes\": 1000, \"played_ms\": 5000"),
                beacon(g, "twin  ", t0 + 3 * FIVE_SECONDS, "news", "s1", "\"bitrate\": \"4000\", \"cdn_bytes\": 1000, \"played_ms\": 5000")));
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        for (String level : new String[]{"", "/channels/news", "/channels/news/streams/s1"}) {
            assertEquals(array(figures(HOUR, 3_000, 0, 1, 0, 0, 15, 0).add("aggregate", "aggregate")),
                    api.array(level + "/summary/agg?time=1h"), level);
            assertEquals(array(breakdown(t0, "operating_systems", Map.of("WINDOWS", 1))), api.array(level + "/stats/os?time=1h"), level);
        }
    }

    /**
     * Keys that differ only by trailing spaces name one channel, stream or rendition (the scope's
     * key ignores them, so their bytes already added up in one row): the devices reported under
     * either spelling count in that row too, at every level, and the row shows the key without them.
     */
    @Test
    void keysWithTrailingSpacesAreOnePlaceForDevicesAsForBytes() {
        long t0 = Math.floorDiv(System.currentTimeMillis(), MINUTE) * MINUTE - 2 * MINUTE;
        Game g = Game.create("Padded keys");
        String each = "\"cdn_bytes\": 1000, \"played_ms\": 5000, \"bitrate\": ";
        posted(List.of(beacon(g, "x", t0 + FIVE_SECONDS, "news", "a", each + "\"4000\""),
                beacon(g, "y", t0 + FIVE_SECONDS, "news ", "b", each + "\"4000\""),
                beacon(g, "z", t0 + FIVE_SECONDS, "news", "b", each + "\"800 \"")));
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        assertEquals(array(figures(HOUR, 3_000, 0, 3, 0, 0, 15, 0).add("channel_id", "news")), api.array("/summary?time=1h"));
        assertEquals(array(figures(HOUR, 1_000, 0, 1, 0, 0, 5, 0).add("stream_id", "a").add("stream_uri", ""),
                        figures(HOUR, 2_000, 0, 2, 0, 0, 10, 0).add("stream_id", "b").add("stream_uri", "")),
                api.array("/channels/news/summary?time=1h"));
        assertEquals(array(figures(HOUR, 1_000, 0, 1, 0, 0, 5, 0).add("bitrate", "4000").add("representation_id", ""),
                        figures(HOUR, 1_000, 0, 1, 0, 0, 5, 0).add("bitrate", "800").add("representation_id", "")),
                api.array("/channels/news/streams/b/summary?time=1h"));
    }

    /**
     * A beacon of the 5 seconds that just ended is the last point of {@code 10m} and the whole of
     * {@code live}. Posted right after a 5-second edge and read before the next (tried again in the
     * next 5 seconds when the reads straddled an edge).
     */
    @Test
    void aBeaconOfTheLastFiveSecondsIsTheLastPointAndLive() throws Exception {
        Game g = Game.create("Last point");
        StatsApi api = StatsApi.token(client(), "game", g.id(), "viewer");
        for (int attempt = 0; ; attempt++) {
            long now = System.currentTimeMillis();
            if (now % FIVE_SECONDS > 1_500) {
                Thread.sleep(FIVE_SECONDS - now % FIVE_SECONDS + 200);
                now = System.currentTimeMillis();
            }
            long end = now - now % FIVE_SECONDS;
            posted(List.of(beacon(g, "now-" + attempt, end, "news", "s1", "\"cdn_bytes\": 500000, \"p2p_bytes\": 1000000,"
                    + " \"played_ms\": 5000, \"buffer_health_ms\": 7000")));
            JsonArray last = api.array("/stats/throughput/agg/last_point?time=10m&source=p2p");
            JsonArray health = api.array("/channels/news/stats/buffer_health/avg/last_point?time=10m&source=p2p");
            JsonArray live = api.array("/summary/agg?time=live");
            long after = System.currentTimeMillis();
            if (after - after % FIVE_SECONDS != end && attempt < 5) {
                continue;
            }
            assertEquals(points("agg_throughput_p2p", Map.of(end - FIVE_SECONDS, kbps(1_000_000, FIVE_SECONDS))), last);
            assertEquals(points("avg_buffer_health_p2p", Map.of(end - FIVE_SECONDS, number(7_000, 3))), health);
            assertEquals(array(figures(FIVE_SECONDS, 500_000, 1_000_000, 0, 1, 0, 0, 5).add("aggregate", "aggregate")), live);
            return;
        }
    }
}
